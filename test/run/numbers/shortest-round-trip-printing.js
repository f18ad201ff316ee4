// numbers print as the shortest decimal that reads back as the same double
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(0.1, 0.2, 0.1 + 0.2, 0.3, 1 - 0.9);
console.log(1 / 3, 2 / 3, 10 / 3, 100 / 7);
console.log(1.1 * 1.1, 3 * 1.1, 0.7 + 0.1, 4.35 * 100);
console.log(123.456, -98.765, 5e-1, 2.5e1);
console.log(9.95, 1.005, 0.000123456789, 98765.4321);
console.log(4503599627370497.5, 2 ** 52 + 0.5, 2 ** 60);
console.log(0.1 * 0.1, 1e16 + 1, 1e15 + 0.3);
console.log(17.000000000000004, 1.0000000000000002, 0.9999999999999999);
