// '_' between digits in decimal integers, fractions, exponents, and hex, octal, binary and BigInt literals
// RUN: %astdiff %s

1_000_000;
1_0.0_1;
1e1_0;
1E+1_0;
.0_1;
0.000_001e-1_0;
0xFF_FF;
0XA_b_C;
0b1010_0101;
0B1_1;
0o7_7;
0O1_2;
1_000n;
0x1_Fn;
