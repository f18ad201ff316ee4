// Array.isArray, Array.from (iterables, array-likes, map functions) and Array.of
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray('abc'), Array.isArray(Array.prototype));
console.log(Array.isArray(), Array.isArray(null), Array.isArray(new Array(3)));
console.log(Array.from('héllo'), Array.from('a😀b'), Array.from(new Set([1, 1, 2])));
console.log(Array.from(new Map([[1, 2]])), Array.from({ length: 3 }), Array.from({ length: 2, 0: 'x', 1: 'y' }));
console.log(Array.from([1, 2, 3], (x, i) => x * 10 + i), Array.from({ length: 3 }, (_, i) => i * i));
console.log(Array.from([1, 2], function (x) { return this.k + x; }, { k: 100 }));
console.log(Array.from([1, , 3]), Array.from(5), Array.from(true), Array.from({}));
console.log(Array.from({ length: -1 }), Array.from({ length: 2.7 }), Array.from({ length: '2' }));
// the map function runs as each value is produced
const order = [];
const it = { [Symbol.iterator]() { let i = 0; return { next() { order.push('next'); return { value: i, done: i++ >= 2 }; } }; } };
Array.from(it, (x) => { order.push('map ' + x); return x; });
console.log(order.join(', '));
console.log(Array.of(), Array.of(7), Array.of(1, 2, 3), Array.of(undefined), Array.of.length, Array.from.length);
function NotArray(n) { this.made = n; }
const custom = Array.from.call(NotArray, { length: 2, 0: 'a', 1: 'b' });
console.log(custom instanceof NotArray, custom.length, custom[0], custom.made);
const customOf = Array.of.call(NotArray, 'p', 'q');
console.log(customOf instanceof NotArray, customOf.length, customOf[1], customOf.made);
try { Array.from(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.from(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.from([1], 5); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.from([1], {}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.from({ [Symbol.iterator]: 1 }); } catch (e) { console.log(e.name + ': ' + e.message); }
