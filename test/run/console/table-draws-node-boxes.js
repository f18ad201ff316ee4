// console.table: node's box drawing for arrays and objects of objects and primitives, the
// properties argument, Maps, Sets and their iterators, cells inspected shallowly, wide characters,
// group indentation, and non-objects logged as they are.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([1, 'two', { three: 3 }, [4, 5]]);
console.table({ first: { name: 'Ann', age: 31 }, second: { name: 'Bo', city: 'Rome' } });
console.table([{ b: 1, 1: 2 }, { a: 3 }]);
console.table(['x', { a: 1 }], ['a', 'z']);
console.table([{ a: 1, b: 2, c: 3 }], ['c', 'a']);
console.table([{ nested: { deep: { deeper: 1 } }, list: [1, 2, 3, 4, 5], big: { p: 1, q: 2, r: 3 }, s: 'it\'s' }]);
console.table(new Map([['k1', { v: 1 }], [2, 'two']]));
console.table(new Set(['s1', 2, null]));
const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
const it = m.entries();
it.next();
console.table(it);
console.table(m.keys());
console.table(m.values());
console.table(new Set([7, 8]).entries());
console.table(new Set([7, 8]).values());
console.table([{ '日本': '語', e: 'é' }]);
console.table([]);
console.table({});
console.table([undefined, null, () => 1, Symbol('s'), 10n]);
console.group('grouped');
console.table([[1, 2], [3]]);
console.groupEnd();
console.table('not tabular');
console.table(42, ['a']);
console.table(null);
try {
  console.table([{ a: 1 }], 'a');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(console.table.length, console.table.name);
