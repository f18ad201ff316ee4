// decimal notation is used for magnitudes in [1e-7, 1e21); outside it numbers print with an exponent
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(1e20, 1e21, 123e18, 1234e18, 999999999999999999999);
console.log(0.000001, 0.0000001, 0.00000123, 0.000000123);
console.log(-1e21, -1e-7, -0.000001, 1.5e-10);
console.log(1e100, 1.2345e-100, 6.02214076e23, 1.602176634e-19);
console.log([1e21, 1e-7], { big: 2e25, small: 3e-8 });
var x = 1;
for (var i = 0; i < 5; i++) {
  x *= 1000;
}
console.log(x, x * 1e6, x * 1e7);
