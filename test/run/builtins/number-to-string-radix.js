// Number.prototype.toString with radixes 2..36, fractions, negatives and extreme values
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0).toString(7), (-0).toString(2), (35).toString(36));
console.log((0.5).toString(2), (0.1).toString(3), (3.75).toString(16), (-1.5).toString(8), (1 / 3).toString(2));
console.log((2 ** 53).toString(2), (1e21).toString(36), (123.456).toString(36), (1e-7).toString(2), (Number.MAX_VALUE).toString(36));
console.log(NaN.toString(2), Infinity.toString(16), (-Infinity).toString(36), (255).toString(), (255).toString(undefined), (255).toString(10.9));
console.log((Number.MIN_VALUE).toString(2).length, (Number.MIN_VALUE).toString(36), (2 ** -1074).toString(16));
for (let r = 2; r <= 36; r += 5) console.log(r, (123456789.123).toString(r), (-0.0001).toString(r));
console.log(new Number(42).toString(16), Number.prototype.toString.call(7, 2), (12).toString('8'));
for (const bad of [1, 37, 0, NaN, Infinity]) {
  try { (10).toString(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { Number.prototype.toString.call('5'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Number.prototype.toString.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Number.prototype.valueOf.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Number.prototype.toString.length, (5).toLocaleString === Number.prototype.toLocaleString);
