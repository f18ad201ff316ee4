// slice, substring and substr: negative, swapped, fractional and out-of-range arguments
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const s = 'JavaScript';
console.log(s.slice(4), s.slice(-6), s.slice(0, -6), s.slice(4, 2), s.slice(-100, 3), s.slice(2, 100), s.slice());
console.log(s.slice(1.5, 3.9), s.slice('2', '4'), s.slice(NaN, 2), s.slice(2, undefined), s.slice(2, null), s.slice(-Infinity, Infinity));
console.log(s.substring(4), s.substring(4, 0), s.substring(-3, 2), s.substring(2, NaN), s.substring(100), s.substring(3, 3));
console.log(s.substr(4), s.substr(-6, 3), s.substr(2, -1), s.substr(1, 100), s.substr(-100, 2), s.substr(0, NaN), s.substr(3, Infinity));
console.log('😀x'.slice(0, 1).length, '😀x'.substring(1), 'abc'.substr(undefined, 2));
console.log(String.prototype.slice.call(1234.5, 1, -1), String.prototype.substring.call(true, 1), String.prototype.substr.call([1, 2, 3], 2));
for (const m of ['slice', 'substring', 'substr']) {
  try { String.prototype[m].call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { 'abc'.slice(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
const big = 'x'.repeat(1000) + 'END';
console.log(big.slice(-3), big.substring(1000).length, big.substr(998, 4));
