// integers are exact up to 2^53; beyond that consecutive integers collapse to the nearest double
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var max = 9007199254740991;
console.log(max, max + 1, max + 2, max + 3, max + 4);
console.log(max + 1 === max + 2, max - 1 === max);
console.log(2 ** 53 + 1 === 2 ** 53, 2 ** 64, 2 ** 63 - 1);
console.log(-max - 2, 18014398509481985, 123456789012345678);
var f = 1;
for (var i = 1; i <= 25; i++) {
  f *= i;
  if (i >= 17) console.log(i, f);
}
console.log(0.1 * 3 === 0.3, 1e16 + 1 === 1e16);
