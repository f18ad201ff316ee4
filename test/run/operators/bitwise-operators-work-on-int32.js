// & | ^ ~ convert operands to 32-bit signed integers (wrapping, NaN and Infinity become 0)
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(12 & 10, 12 | 10, 12 ^ 10, ~12);
console.log(~0, ~-1, ~~3.7, ~~-3.7);
console.log(4294967296 | 0, 4294967295 | 0, 2147483648 | 0, 2147483647 | 0);
console.log(4294967301 & 255, -1 & 0xff, 0x7fffffff + 1 | 0);
console.log(NaN | 0, Infinity | 0, -Infinity | 0, -0 | 0);
console.log(1e20 | 0, 1.5e10 | 0, -1.5e10 | 0);
console.log('12' & '10', true | 2, null ^ 5, undefined | 0);
console.log('0x0f' & 0xfc, '3.9' | 0, 'x' | 0);
var flags = 0;
flags |= 4;
flags |= 1;
flags &= ~4;
flags ^= 8;
console.log(flags);
