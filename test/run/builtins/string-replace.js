// replace and replaceAll with string patterns: $ substitutions, replacer functions, empty patterns
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const s = 'the cat sat on the mat';
console.log(s.replace('the', 'a'), s.replaceAll('the', 'a'), s.replace('dog', 'x'), s.replaceAll('at', 'og'));
console.log(s.replace('cat', '[$&]'), s.replace('cat', "[$`]"), s.replace('cat', "[$']"), s.replace('cat', '$$'), s.replace('cat', '$1$<n>$'));
console.log(s.replaceAll('at', '<$&>'), 'aaa'.replaceAll('a', '$`|'), 'x.y.z'.replaceAll('.', '$$'));
console.log(s.replace('sat', (m, off, str) => `${m.toUpperCase()}@${off}/${str.length}`));
const offsets = [];
console.log(s.replaceAll('at', (m, off) => { offsets.push(off); return m.length; }), offsets);
console.log('abc'.replace('', '-'), 'abc'.replaceAll('', '-'), ''.replaceAll('', 'x'), ''.replace('', 'y'));
console.log('aaaa'.replaceAll('aa', 'b'), 'aaa'.replace('a', 'aa'), '12 12'.replace(12, 3), 'nullnull'.replaceAll(null, 0));
console.log('abc'.replace('b', undefined), 'abc'.replace('b', 42), 'abc'.replace('b', () => undefined), 'abc'.replace('b', () => ({})));
console.log('a+b'.replaceAll('+', ' plus '), '$1'.replace('$1', 'x'), 'A😀B'.replaceAll('😀', '-'));
const custom = { [Symbol.replace](str, rep) { return `custom(${str},${rep})`; } };
console.log('text'.replace(custom, 'R'), 'text'.replaceAll(custom, 'R'));
console.log(String.prototype.replace.call(1001, 0, 'o'), String.prototype.replaceAll.call(true, 'u', 'U'));
try { String.prototype.replace.call(null, 'a', 'b'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype.replaceAll.call(undefined, 'a', 'b'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'abc'.replace('b', () => { throw new Error('from replacer'); }); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(String.prototype.replace.length, String.prototype.replaceAll.length);
// objects with a truthy Symbol.match count as regular expressions for replaceAll's global check
try { 'x'.replaceAll({ [Symbol.match]: true, flags: 'i' }, 'y'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log('x'.replaceAll({ [Symbol.match]: true, flags: 'gi', [Symbol.replace](s, r) { return 'delegated ' + s + r; } }, 'y'));
