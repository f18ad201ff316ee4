// Strings iterate by code point; String.raw; the String iterator object
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const s = 'a😀b\uD800c';
console.log([...s].length, [...s].map((c) => c.length).join(''), Array.from(s)[1] === '😀');
for (const ch of 'hé😀') console.log(ch, ch.codePointAt(0));
const it = 'xy'[Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), Object.prototype.toString.call(it), it[Symbol.iterator]() === it);
console.log(it, String.prototype[Symbol.iterator].name);
console.log(String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3), String.raw({ raw: 'xyz' }, '-', '+'), String.raw({ raw: [] }), String.raw({ raw: { length: 2, 0: 'p', 1: 'q' } }, 0));
console.log(String.raw`line\nbreak ${1 + 1} \u0041`);
try { String.raw({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.raw(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype[Symbol.iterator].call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { it.next.call([]); } catch (e) { console.log(e.name + ': ' + e.message); }
