// Bitwise operators on locals proven to be numbers run as inline int32 operations (at -O2); their
// ToInt32 must still wrap modulo 2^32 and send NaN, the infinities and -0 to 0. Every operand is
// computed from `one`, which is 1 only at run time, so nothing here folds at compile time, while
// type inference still proves each local a number.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function edgeCases(one) {
  let u = 0;
  for (let k = 0; k < one; k++) u = u + 1;
  const wrapped = u * 4294967301; // 2**32 + 5
  const negativeZero = -0 * u;
  const nan = (u - 1) / (u - 1);
  const infinity = u / 0;
  const huge = 1e20 * u;
  console.log(wrapped | 0, wrapped & 255, wrapped ^ 1, ~wrapped, wrapped << 1, wrapped >> 1, wrapped >>> 0);
  console.log(negativeZero | 0, 1 / (negativeZero | 0), negativeZero >>> 0, ~negativeZero, Object.is(negativeZero & 0, 0));
  console.log(nan | 0, nan >>> 0, ~nan, nan << 3, nan >> 3);
  console.log(infinity | 0, -infinity | 0, infinity >>> 0, ~infinity, ~-infinity);
  console.log(huge | 0, -huge | 0, huge >>> 0, huge ^ 0xffff);
  // Around the limits of the inline conversion: 2^31, 2^32, 2^53, 2^63 and 2^64.
  const limits = [2147483647, 2147483648, 2147483649, 4294967295, 4294967296, 9007199254740993,
                  9223372036854774784, 9223372036854775808, 18446744073709551616, 1.5e19, 3.7, 2.5e-7];
  for (let n = 0; n < 12; n++) {
    const y = +limits[n]; // unary plus gives a number (or throws), so y is proven one
    console.log(y | 0, -y | 0, y >>> 0, -y >>> 0, ~y, y >> 31);
  }
}
edgeCases(1);

function unsignedShift(one) {
  let m = -one;
  const all = m >>> 0;
  const top = (one << 31) >>> 0;
  console.log(all, top, all > 2147483647, top === 2147483648, all - top, all + 1, (all | 0) === -1);
  let bits = 0;
  for (let k = 0; k < 40; k++) bits = (bits << 1 | 1) >>> 0;
  console.log(bits, bits >>> 1, bits >> 1, bits / 2);
  for (let s = -2; s < 35; s += 9) console.log(s, m << s, m >> s, m >>> s, one << s);
}
unsignedShift(1);

function integerComparisons(one) {
  let a = 0;
  for (let k = 0; k < one; k++) a = a + 1;
  const p = a << 31, q = a | 0, r = (a << 31) >>> 0;
  console.log(p < q, p <= q, p > q, p >= q, p == q, p === (a << 31), (p & 1) === 0, (q & 1) === 0);
  console.log(r > q, r < q, (r | 0) < q, r === 2147483648, (~q) < 0);
}
integerComparisons(1);

// Locals that only ever hold int32s live in int32 slots: their values still print, compare and
// take part in arithmetic (which may leave the int32 range) as numbers.
function int32Locals(one) {
  let flags = 0;
  flags |= 4;
  flags |= one << 31;
  flags &= ~4;
  flags ^= 8;
  let mixed = one | 0;
  if (one > 0) mixed = 0.5; // sometimes a double
  let neg = ~0;
  let zero = neg & 0;
  console.log(flags, flags >>> 0, flags - 1, flags * 2, -flags, flags < 0, flags === -2147483640);
  console.log(mixed, neg, -neg, neg * 2 ** 31, zero, 1 / zero, 1 / -zero, [flags, neg], `${flags}`);
}
int32Locals(1);

function hash(text) {
  let h = 0;
  for (let k = 0; k < text.length; k++) h = (h << 5) - h + +text.charCodeAt(k) | 0;
  let x = 2166136261;
  for (let k = 0; k < text.length; k++) x = (x ^ +text.charCodeAt(k)) * 403 >>> 0;
  return [h, h >>> 0, x];
}
console.log(hash('kiln compiles JavaScript ahead of time'), hash(''));
