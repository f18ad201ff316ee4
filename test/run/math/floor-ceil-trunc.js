// floor, ceil and trunc round toward -Infinity, +Infinity and zero, keeping -0 and non-finite inputs
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var inputs = [2.7, 2.3, -2.7, -2.3, 5, -0, 0.4, -0.4, 1e21 + 0.5, NaN, Infinity, -Infinity];
for (var i = 0; i < inputs.length; i++) {
  var x = inputs[i];
  console.log(x, Math.floor(x), Math.ceil(x), Math.trunc(x));
}
console.log(Math.floor('7.9'), Math.ceil(null), Math.trunc(undefined), Math.floor(true));
console.log(Math.floor(-1e-300), Math.ceil(1e-300), Math.ceil(-0.9));
