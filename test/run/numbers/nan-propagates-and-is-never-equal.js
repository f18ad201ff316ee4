// NaN propagates through arithmetic, compares unequal to everything, and is falsy
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var n = 0 / 0;
console.log(n, n + 1, n * 0, -n, n ** 0, n % 1);
console.log(n === n, n == n, n !== n, n < 1, n > 1, n <= n);
console.log(n ? 'truthy' : 'falsy', !n);
console.log(n | 0, n >>> 0, ~n);
console.log(typeof n, 'x' + n, [n], { n: n });
function isNaNValue(x) {
  return x !== x;
}
console.log(isNaNValue(n), isNaNValue(+'q'), isNaNValue(5), isNaNValue('q'));
console.log(Math.max(1, n), Math.min(n, 1), Math.abs(n));
