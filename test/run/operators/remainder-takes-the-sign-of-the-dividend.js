// % keeps the dividend's sign, works on fractions, and gives NaN for zero divisors and infinite dividends
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(7 % 3, -7 % 3, 7 % -3, -7 % -3);
console.log(5.5 % 2, -5.5 % 2, 0.3 % 0.1);
console.log(0 % 5, -0 % 5, -4 % 2, 4 % -2);
console.log(5 % 0, 5 % -0, Infinity % 2, -Infinity % 2);
console.log(5 % Infinity, -5 % Infinity, 0 % Infinity);
console.log('13' % '5', true % 2, null % 3);
console.log(2147483648 % 7, -2147483649 % 10);
var i = 0, evens = 0;
while (i < 10) {
  if (i % 2 === 0) evens++;
  i++;
}
console.log('evens', evens);
