// toPrecision and toExponential: digits, switching to exponent notation, rounding and RangeErrors
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log((123.456).toPrecision(4), (0.000123).toPrecision(2), (123456).toPrecision(2), (1.5).toPrecision(1), (2.5).toPrecision(1));
console.log((0).toPrecision(3), (-0).toPrecision(1), (1e21).toPrecision(3), (123.456).toPrecision(), (99.99).toPrecision(3), (1e-7).toPrecision(1));
console.log((5e-324).toPrecision(3), Number.MAX_VALUE.toPrecision(5), (1.25).toPrecision(2), (1.35).toPrecision(2), (0.00001).toPrecision(1));
console.log(NaN.toPrecision(3), (-Infinity).toPrecision(2), (42).toPrecision(100).length, (1).toPrecision(1.9));
console.log((123.456).toExponential(2), (0).toExponential(), (0).toExponential(3), (-0.00012).toExponential(1), (1e21).toExponential());
console.log((123456).toExponential(), (1.5).toExponential(0), (2.5).toExponential(0), (5e-324).toExponential(2), (1).toExponential(100).length);
console.log(NaN.toExponential(2), Infinity.toExponential(200), (12345.6789).toExponential(undefined), (3).toExponential('2'));
for (const bad of [0, 101, -5]) {
  try { (1).toPrecision(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
for (const bad of [-1, 101, Infinity]) {
  try { (1).toExponential(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { Number.prototype.toPrecision.call('x', 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Number.prototype.toExponential.call(true); } catch (e) { console.log(e.name + ': ' + e.message); }
