// BigInt literals in every radix and with separators, their arithmetic and printing, and mixing
// them with numbers (TypeError).
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
const a = 12345678901234567890n, b = 0x1fn, c = 0b101n, d = 0o17n;
console.log(a, b, c, d, a * a, -a, typeof a, a > 10, 2n ** 64n, [1n, 2n]);
let x = 0n;
for (let i = 0; i < 3; i++) x += 1_000n;
console.log(x, x === 3000n, { big: 7n });
try { 1n + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
