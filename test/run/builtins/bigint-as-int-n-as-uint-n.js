// BigInt.asIntN / BigInt.asUintN: the low `bits` bits, read as signed or unsigned; ToIndex on bits
// (RangeError outside 0 .. 2^53 - 1), ToBigInt on the value (numbers are a TypeError).
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(BigInt.asIntN.length, BigInt.asIntN.name, BigInt.asUintN.length, Object.getOwnPropertyNames(BigInt).join(' '));
const values = [0n, 1n, -1n, 5n, -5n, 127n, 128n, -128n, -129n, 255n, 256n, 2n ** 31n, -(2n ** 31n), 2n ** 32n - 1n, 2n ** 63n, -(2n ** 63n) - 1n, 2n ** 64n + 3n, -(2n ** 100n) + 7n, 12345678901234567890123n];
for (const bits of [0, 1, 2, 3, 7, 8, 31, 32, 33, 63, 64, 65, 100, 200])
  console.log(bits, values.map((v) => BigInt.asIntN(bits, v)).join(','), values.map((v) => BigInt.asUintN(bits, v)).join(','));
console.log(BigInt.asIntN('8', 255n), BigInt.asUintN(undefined, 3n), BigInt.asIntN(3.9, 7n), BigInt.asIntN(NaN, 7n), BigInt.asUintN(8, '-1'), BigInt.asUintN(8, true));
console.log(BigInt.asIntN(2 ** 53 - 1, -1n), BigInt.asUintN(2 ** 53 - 1, 12n), BigInt.asIntN(2 ** 40, 2n ** 70n));
for (const f of [
  () => BigInt.asUintN(-1, 1n),
  () => BigInt.asIntN(2 ** 53, 1n),
  () => BigInt.asUintN(Infinity, 1n),
  () => BigInt.asUintN(3, 1),
  () => BigInt.asUintN(3, 'x'),
  () => BigInt.asUintN(3, undefined),
  () => BigInt.asIntN(3, Symbol('s')),
  () => BigInt.asUintN(Symbol(), 1n),
  () => BigInt.asUintN(2 ** 53 - 1, -1n),
  () => BigInt.asUintN(2 ** 30 + 1, -1n),
])
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
