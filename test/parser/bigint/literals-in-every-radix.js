// BigInt literals in decimal, hex, octal and binary, as operands and as property keys
// RUN: %astdiff %s

0n;
1n;
123456789012345678901234567890n;
0x1fn;
0XFFn;
0b101n;
0o17n;
-1n;
x = 2n ** 64n;
({ 1n: 'key', 0x10n: 'hex' });
