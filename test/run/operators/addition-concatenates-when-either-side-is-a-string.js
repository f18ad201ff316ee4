// + concatenates as soon as one operand is a string, and is left-associative
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(1 + 2 + '3');
console.log('1' + 2 + 3);
console.log(1 + '2' - 1);
console.log('a' + null, 'a' + undefined, 'a' + true);
console.log(null + 'b', undefined + 'b', false + 'b');
console.log('x' + 1.5, 'x' + -0, 'x' + NaN, 'x' + -Infinity);
console.log(true + true, true + null, null + null, undefined + null);
console.log('' + 1e21, '' + 1e-7, '' + 123456789012);
var s = 'n=';
s += 4;
s += 2;
console.log(s, typeof s);
var n = 1;
n += '1';
console.log(n, typeof n);
