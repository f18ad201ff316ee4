// Math.sign and Math.abs handle zeros, NaN, infinities and converted strings
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Math.sign(3), Math.sign(-3), Math.sign(0), Math.sign(-0), Math.sign(NaN));
console.log(Math.sign(Infinity), Math.sign(-Infinity), Math.sign('-2'), Math.sign(null));
console.log(Math.abs(-5), Math.abs(5), Math.abs(-0), Math.abs(-Infinity), Math.abs(NaN));
console.log(Math.abs('-1.5'), Math.abs(null), Math.abs(undefined), Math.abs(-2147483648));
console.log(Math.abs(-5e-324), Math.sign(-5e-324));
var values = [-7.5, 0, 12];
for (var i = 0; i < values.length; i++) {
  console.log(values[i], Math.sign(values[i]) * Math.abs(values[i]) === values[i]);
}
