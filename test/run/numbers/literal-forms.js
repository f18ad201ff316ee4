// hex, octal, binary, exponent, fraction and separator literals denote the expected values
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(0xff, 0XFF, 0x0, 0xDeadBeef, 0xffffffffffffffff);
console.log(0o17, 0O777, 0b1010, 0B11111111);
console.log(1e3, 1E3, 1e+3, 1e-3, 2.5e2, .5, 5., 0.0);
console.log(1_000_000, 0xf_f, 1_0.5_0, 0b1_0_1, 1e1_0);
console.log(0, 0.1e1, 1.e2, 0.000_001);
console.log(-0x10, +0b11, -.25);
