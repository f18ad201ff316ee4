// clz32 counts leading zero bits, imul multiplies as int32, fround rounds to single precision
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Math.clz32(0), Math.clz32(1), Math.clz32(0x80000000), Math.clz32(-1));
console.log(Math.clz32(0.5), Math.clz32(4294967296), Math.clz32(255), Math.clz32(NaN));
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 2));
console.log(Math.imul(65536, 65536), Math.imul(-5, 12), Math.imul(2.9, 3.9));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(0.1), Math.fround(1e40));
console.log(Math.fround(-0), Math.fround(NaN), Math.fround(1.401298464324817e-45), Math.fround(1e-46));
console.log(Math.fround(16777217), Math.fround(2 ** 127 * 1.9999999));
