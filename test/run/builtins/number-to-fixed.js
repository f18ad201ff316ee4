// toFixed: rounding of exact binary values, large numbers, negative zero and the 0..100 digit range
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log((1.005).toFixed(2), (1.5).toFixed(0), (2.5).toFixed(0), (-1.5).toFixed(0), (0.000001).toFixed(7), (123.456).toFixed(1));
console.log((0).toFixed(2), (-0).toFixed(2), (-0.0001).toFixed(2), (1e21).toFixed(2), (1e20).toFixed(2), (-1e21).toFixed(3));
console.log((0.1).toFixed(20), (0.5).toFixed(100).length, (1.45).toFixed(1), (8.345).toFixed(2), (10.235).toFixed(2));
console.log(NaN.toFixed(2), Infinity.toFixed(1), (-Infinity).toFixed(), (12.34).toFixed(), (12.5).toFixed(undefined), (1.23).toFixed('1'));
console.log((2 ** 70).toFixed(1), (123456789012345680000).toFixed(0), Number.MAX_SAFE_INTEGER.toFixed(2), (5e-7).toFixed(6));
console.log((0.3).toFixed(1.9), (999.995).toFixed(2), (-999.995).toFixed(2), (4.35).toFixed(1));
for (const bad of [-1, 101, Infinity, -Infinity]) {
  try { (1).toFixed(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { Number.prototype.toFixed.call('1', 2); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log((100).toFixed(NaN), Number.prototype.toFixed.call(new Number(3.14159), 3));
