// Math.round rounds halves toward +Infinity and returns -0 for inputs in [-0.5, -0]
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Math.round(0.5), Math.round(1.5), Math.round(2.5), Math.round(3.5));
console.log(Math.round(-0.5), Math.round(-1.5), Math.round(-2.5), Math.round(-3.5));
console.log(Math.round(0.49999999999999994), Math.round(-0.49999999999999994));
console.log(Math.round(2.4), Math.round(2.6), Math.round(-2.4), Math.round(-2.6));
console.log(Math.round(-0), Math.round(-0.2), Math.round(0.2));
console.log(Math.round(4503599627370495.5), Math.round(9007199254740991));
console.log(Math.round(NaN), Math.round(Infinity), Math.round('1.5'));
