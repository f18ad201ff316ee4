// Math.min/max take any number of arguments, return NaN if any is NaN, and order -0 below +0
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Math.max(1, 5, 3), Math.min(1, 5, 3), Math.max(-1, -5), Math.min(-1, -5));
console.log(Math.max(), Math.min());
console.log(Math.max(1, NaN, 3), Math.min(NaN), Math.max(NaN, 1));
console.log(Math.max(0, -0), Math.max(-0, 0), Math.min(0, -0), Math.min(-0, 0));
console.log(Math.max('10', 9), Math.min('a', 1), Math.max(null, -1), Math.min(undefined));
console.log(Math.max(7), Math.min(Infinity, 1e308), Math.max(-Infinity, -1e308));
var calls = '';
var a = { valueOf: function () { calls += 'a'; return 1; } };
var b = { valueOf: function () { calls += 'b'; return 2; } };
console.log(Math.max(a, b), calls);
