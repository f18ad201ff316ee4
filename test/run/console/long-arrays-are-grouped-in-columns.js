// arrays with more than six short items print on several lines in aligned columns; past 100 items the rest is counted
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var a = [];
for (var i = 0; i < 30; i++) a[i] = i * i;
console.log(a);
var words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
console.log(words);
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
var small = [];
for (var j = 0; j < 120; j++) small[j] = j;
console.log(small);
