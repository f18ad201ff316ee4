// fill, flat and flatMap: ranges, depths, holes and array-likes
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(new Array(4).fill(0), [1, 2, 3, 4].fill(9, 1), [1, 2, 3, 4].fill(9, -2, -1), [1, 2, 3].fill(7, 5));
console.log([1, 2, 3].fill(), [1, 2, 3].fill('x', 1.5, 2.5), [1, 2, 3].fill('y', NaN, NaN), [1, 2, 3].fill('z', -Infinity));
const shared = new Array(3).fill({});
shared[0].mark = 1;
console.log(shared);
console.log(Array.prototype.fill.call({ length: 2 }, 'v'));
console.log([1, [2, [3, [4, [5]]]]].flat(), [1, [2, [3, [4, [5]]]]].flat(2), [1, [2, [3, [4, [5]]]]].flat(Infinity));
console.log([1, , [2, , 3]].flat(), [[]].flat(), [1, [2]].flat(0), [1, [2]].flat(-1), [[1, [2]]].flat('1'));
console.log([1, 2, 3].flatMap((x) => [x, x * 10]), [1, 2].flatMap((x) => [[x]]), ['a b', 'c'].flatMap((s) => s.split(' ')));
console.log([1, 2, 3].flatMap((x, i, arr) => (x % 2 ? [] : [i, arr.length])), [1].flatMap(function () { return this.v; }, { v: 'T' }));
console.log([{ length: 1, 0: 'not spread' }].flat(), [1, 2].flatMap((x) => ({ length: 1, 0: x })));
try { [1].flatMap(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [1].flatMap('x'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.flat.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.fill.call(undefined, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
(function () {
  'use strict';
  try { Object.freeze([1]).fill(0); } catch (e) { console.log(e.name + ': ' + e.message); }
})();
console.log(Array.prototype.fill.length, Array.prototype.flat.length, Array.prototype.flatMap.length);
