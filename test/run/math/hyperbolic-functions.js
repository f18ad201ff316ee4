// sinh, cosh, tanh and their inverses, including signed zeros and saturation
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Math.sinh(0), Math.sinh(-0), Math.sinh(1), Math.sinh(-2));
console.log(Math.cosh(0), Math.cosh(1), Math.cosh(-2), Math.cosh(1000));
console.log(Math.tanh(0), Math.tanh(-0), Math.tanh(0.5), Math.tanh(100), Math.tanh(-Infinity));
console.log(Math.asinh(0), Math.asinh(1), Math.asinh(-0), Math.asinh(-10));
console.log(Math.acosh(1), Math.acosh(2), Math.acosh(0.5), Math.acosh(Infinity));
console.log(Math.atanh(0), Math.atanh(0.5), Math.atanh(1), Math.atanh(-1), Math.atanh(2));
