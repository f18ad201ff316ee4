// charAt, charCodeAt, codePointAt and at: indices, surrogates, out of range and coercion
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const s = 'a😀b';
console.log(s.length, s.charAt(0), s.charAt(1) === '\uD83D', s.charAt(3), JSON.stringify(s.charAt(4)), JSON.stringify(s.charAt(-1)));
console.log(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2), s.charCodeAt(4), s.charCodeAt(-1), s.charCodeAt());
console.log(s.codePointAt(0), s.codePointAt(1), s.codePointAt(2), s.codePointAt(4), s.codePointAt(-1));
console.log(s.at(0), s.at(-1), s.at(3), s.at(-5), s.at(1.7) === '\uD83D', s.at('0'), s.at());
console.log('abc'.charAt(1.9), 'abc'.charAt('2'), 'abc'.charAt(NaN), 'abc'.charAt(null), 'abc'.charAt(true));
console.log('\uD800x'.codePointAt(0), 'x\uDC00'.codePointAt(1), '\uDBFF\uDFFF'.codePointAt(0));
console.log('héllo'.charCodeAt(1), 'Ω'.codePointAt(0), ''.at(0), ''.charAt(0) === '', ''.charCodeAt(0));
console.log(String.prototype.charAt.call(12345, 2), String.prototype.at.call(true, -1), String.prototype.codePointAt.call(['xy'], 1));
for (const m of ['charAt', 'charCodeAt', 'codePointAt', 'at']) {
  try { String.prototype[m].call(null, 0); } catch (e) { console.log(e.name + ': ' + e.message); }
  try { String.prototype[m].call(undefined, 0); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { 'abc'.charAt(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype.at.call(Symbol('q'), 0); } catch (e) { console.log(e.name + ': ' + e.message); }
