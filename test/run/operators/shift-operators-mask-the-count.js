// << >> >>> use only the low five bits of the count; >>> produces an unsigned 32-bit result
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(1 << 3, 1 << 31, 1 << 32, 1 << 33);
console.log(-16 >> 2, -16 >>> 2, -1 >>> 0, -1 >>> 31);
console.log(256 >> 40, 256 >> -1, 256 >> 8.9);
console.log(0xffffffff >> 0, 0xffffffff >>> 0, 0x80000000 >> 31);
console.log(5 << '2', '-8' >> 1, null << 1, true << true);
console.log(1.9 << 1, -1.9 << 1, NaN << 1);
var h = 0;
var i = 0;
while (i < 5) {
  h = ((h << 5) - h + i * 7) | 0;
  i++;
}
console.log(h, h >>> 0);
var v = -100;
v >>>= 28;
console.log(v);
v <<= 29;
console.log(v);
v >>= 30;
console.log(v);
