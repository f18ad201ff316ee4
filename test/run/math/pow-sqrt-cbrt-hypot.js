// powers and roots: Math.pow matches **, sqrt of negatives is NaN, cbrt keeps the sign, hypot avoids overflow
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(-8, 1 / 3), Math.pow(10, -3));
console.log(Math.pow(NaN, 0), Math.pow(1, Infinity), Math.pow(-0, -3), Math.pow(4, 0.5));
console.log(Math.sqrt(2), Math.sqrt(16), Math.sqrt(-1), Math.sqrt(-0), Math.sqrt(Infinity));
console.log(Math.sqrt(1e-300), Math.sqrt(0.01), Math.sqrt(1e300));
// node (fdlibm) prints 1.2599210498948732 for cbrt(2); glibc's cbrt gives 1.2599210498948734
console.log(Math.cbrt(27), Math.cbrt(-27), Math.cbrt(2), Math.cbrt(-0), Math.cbrt(1e-300));
console.log(Math.hypot(3, 4), Math.hypot(5, 12), Math.hypot(), Math.hypot(-3));
console.log(Math.hypot(1e200, 1e200), Math.hypot(NaN, Infinity), Math.hypot(1, 1, 1, 1));
console.log(Math.pow(2, 3) === 2 ** 3, Math.pow(1.5, 2.5), 1.5 ** 2.5);
