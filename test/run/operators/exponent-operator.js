// ** is right-associative, binds tighter than unary on its right, and follows IEEE pow edge cases
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(2 ** 10, 2 ** -1, 2 ** 0.5);
console.log(2 ** 3 ** 2, (2 ** 3) ** 2);
console.log((-2) ** 2, (-2) ** 3, (-8) ** (1 / 3));
console.log(NaN ** 0, 0 ** 0, 1 ** Infinity, 1 ** NaN);
console.log(0 ** -1, (-0) ** -1, (-0) ** -2, (-0) ** 3);
console.log(Infinity ** -1, (-Infinity) ** 3, (-Infinity) ** 2);
console.log('3' ** '2', true ** 5, null ** 0);
console.log(10 ** 21, 10 ** -7, 2 ** 53);
var x = 3;
x **= 3;
console.log(x);
console.log(2 ** -(1));
