// indexOf, lastIndexOf, includes, startsWith, endsWith: positions, empty needles and coercion
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const s = 'canal banana';
console.log(s.indexOf('an'), s.indexOf('an', 2), s.indexOf('an', -5), s.indexOf('an', 100), s.indexOf('x'), s.indexOf(''), s.indexOf('', 50));
console.log(s.lastIndexOf('an'), s.lastIndexOf('an', 5), s.lastIndexOf('an', -1), s.lastIndexOf(''), s.lastIndexOf('', 3), s.lastIndexOf('a', NaN));
console.log(s.includes('nan'), s.includes('nan', 9), s.includes(''), s.includes('b', -100), 'undefined'.includes(), 'null'.includes(null));
console.log(s.startsWith('can'), s.startsWith('nal', 2), s.startsWith('', 99), s.startsWith('x'), s.startsWith('a', -1));
console.log(s.endsWith('ana'), s.endsWith('can', 3), s.endsWith('canal', 5.9), s.endsWith('', 0), s.endsWith('a', 100), s.endsWith('c', -1));
console.log('1,2,3'.indexOf(2), 'true'.indexOf(true), 'aaa'.lastIndexOf('aa'), '😀😀'.indexOf('\uDE00'), 'abc'.indexOf('c', 2.9));
console.log(String.prototype.indexOf.call(123456, 45), String.prototype.includes.call({ toString() { return 'obj'; } }, 'bj'));
for (const m of ['includes', 'startsWith', 'endsWith']) {
  try { 'abc'[m]({ [Symbol.match]: true }); } catch (e) { console.log(e.name + ': ' + e.message); }
  try { String.prototype[m].call(null, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { String.prototype.indexOf.call(undefined, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype.lastIndexOf.call(null, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'abc'.indexOf(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
