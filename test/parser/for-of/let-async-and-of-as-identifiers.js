// 'of', 'let' and 'async' as binding names or targets in for-in/of heads, where the grammar allows them
// RUN: %astdiff %s

for (let of of []) ;
for (let of in {}) ;
for (var of of []) ;
for (of of []) ;
for (async of => {}; false; ) ;
for ((async) of []) ;
for (let async of []) ;
for (var async of []) ;
