// arrays offer keys(), values() and entries() iterators for for-of
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const letters = ['a', 'b', 'c'];
for (const i of letters.keys()) console.log('key', i, typeof i);
for (const v of letters.values()) console.log('value', v);
for (const [i, v] of letters.entries()) console.log('entry', i, v);
for (const i of [, 'hole'].keys()) console.log('keys include holes:', i);
const it = letters.values();
console.log(it.next(), it.next(), it.next(), it.next());
console.log(it[Symbol.iterator]() === it);
