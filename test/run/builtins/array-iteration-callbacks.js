// forEach, map, filter, some and every: callback arguments, thisArg, holes and mutation during iteration
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const a = [1, 2, , 4];
const calls = [];
a.forEach(function (v, i, arr) { calls.push(`${v}@${i}/${arr.length}:${this.tag}`); }, { tag: 't' });
console.log(calls, a.forEach(() => 1));
console.log(a.map((x) => x * 2), a.map((x) => x * 2).length, 2 in a.map((x) => x));
console.log(a.filter((x) => x % 2 === 0), a.filter(() => true), a.filter(() => false));
console.log(a.some((x) => x > 3), a.some((x) => x > 10), [].some(() => true));
console.log(a.every((x) => x > 0), a.every((x) => x > 1), [].every(() => false));
// appended elements are not visited; deleted ones are skipped
const grow = [1, 2, 3];
const visited = [];
grow.forEach((v, i) => { visited.push(v); if (i === 0) { grow.push(99); grow.pop(); grow.pop(); } });
console.log(visited, grow);
const shrink = [1, 2, 3, 4];
console.log(shrink.map((v, i) => { if (i === 0) delete shrink[2]; return v; }));
// generic array-likes and strings
console.log(Array.prototype.map.call('abc', (c) => c.toUpperCase()));
console.log(Array.prototype.filter.call({ length: 3, 0: 5, 1: 6, 2: 7 }, (x) => x > 5));
// early exit
let count = 0;
[1, 2, 3, 4].some((x) => { count++; return x === 2; });
[1, 2, 3, 4].every((x) => { count++; return x < 2; });
console.log(count);
for (const method of ['forEach', 'map', 'filter', 'some', 'every']) {
  try { [1][method](); } catch (e) { console.log(e.name + ': ' + e.message); }
  try { [1][method]('nope'); } catch (e) { console.log(e.name + ': ' + e.message); }
  try { Array.prototype[method].call(null, () => 1); } catch (e) { console.log(e.name + ': ' + e.message); }
}
// an exception in the callback propagates
try { [1, 2].map((x) => { if (x === 2) throw new RangeError('stop at ' + x); return x; }); } catch (e) { console.log(e.name + ': ' + e.message); }
