// - * / on strings, booleans, null and undefined convert both operands to numbers first
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('10' - 3, '10' * '2', '9' / 3);
console.log(true + 1, false - 1, true * true);
console.log(null + 5, null * 3, 5 - null);
console.log(undefined + 1, undefined * 0, 1 - undefined);
console.log(' 12 ' - 2, '' - 1, '0x10' * 1);
console.log('abc' - 1, '3px' * 2);
console.log(-'5', -'', -true, -null, -undefined);
console.log(7 / 2, -7 / 2, 1 / 3);
console.log(0.1 * 3, 0.5 - 0.25, 1e300 * 1e10);
