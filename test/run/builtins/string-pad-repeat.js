// padStart, padEnd and repeat, including their RangeErrors
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('5'.padStart(3, '0'), 'abc'.padStart(10, '123'), 'abc'.padStart(2), 'abc'.padStart(6), JSON.stringify('x'.padStart(4, '')));
console.log('5'.padEnd(3, '0'), 'abc'.padEnd(10, '123'), JSON.stringify('abc'.padEnd(6)), 'a'.padEnd(5, '😀').length, 'a'.padStart(NaN, 'z'));
console.log('7'.padStart('3', 0), 'x'.padEnd(3.9, 'yz'), 'x'.padStart(-1, 'q'), 'ab'.padStart(5, undefined), 'ab'.padEnd(4, null));
console.log('ab'.repeat(3), JSON.stringify('ab'.repeat(0)), 'x'.repeat(2.9), JSON.stringify(''.repeat(100)), 'z'.repeat('2'), 'q'.repeat(NaN) === '');
for (const bad of [-1, Infinity, -Infinity, 2 ** 40]) {
  try { 'ab'.repeat(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { ''.repeat(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { ''.repeat(Infinity); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'x'.padStart(2 ** 30 + 1, 'y'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype.repeat.call(null, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype.padStart.call(undefined, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'x'.repeat(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(String.prototype.repeat.call(12, 2), String.prototype.padEnd.call(true, 6, '!'));
console.log(String.prototype.padStart.length, String.prototype.padEnd.length, String.prototype.repeat.length);
