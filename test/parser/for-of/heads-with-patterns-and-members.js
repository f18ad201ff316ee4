// for-of and for-in heads with declarations, destructuring patterns and member-expression targets
// RUN: %astdiff %s

for (const [k, v] of map) {}
for (let { a, b = 1 } of list) {}
for (x.y of list) ;
for ([a, b] of pairs) ;
for ({ a } of list) ;
for (const key in object) {}
for (obj[key] in source) ;
for (var i = 0 in object) ;
for (x of (a, b)) ;
