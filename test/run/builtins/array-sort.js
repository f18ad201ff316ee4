// sort: default string order, comparators, stability, undefined and holes last, and errors
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log([10, 9, 1, 100, 25].sort(), ['b', 'a', 'C', 'á', 'B'].sort(), [3, 1, 2].sort((a, b) => a - b));
console.log([true, false, null, 'null', 'nul', undefined, NaN, -1, -0, 0].sort());
console.log([3, undefined, 1, , 2, undefined].sort(), [3, undefined, 1, , 2].sort().length, 4 in [3, undefined, 1, , 2].sort());
console.log([5, 1, 4].sort((a, b) => b - a), [1, 2, 3].sort(() => 0), [1, 2, 3].sort(() => -1));
// stable: equal keys keep their order, also for long arrays
const people = [];
for (let i = 0; i < 40; i++) people.push({ name: 'p' + i, group: i % 3 });
people.sort((a, b) => a.group - b.group);
console.log(people.map((p) => p.name).join(' '));
const words = ['delta', 'alpha', 'charlie', 'bravo', 'echo', 'ab', 'abc', 'a'];
console.log(words.sort((a, b) => a.length - b.length));
// comparator results are coerced with ToNumber; NaN counts as equal
console.log([3, 1, 2].sort((a, b) => String(a - b)), [3, 1, 2].sort(() => NaN), [2, 1].sort(() => ({ valueOf() { return 1; } })));
// surrogate pairs sort by code unit
console.log(['\uFFFF', '😀', 'z', '\u00e9'].sort());
const a = [2, 1];
console.log(a.sort() === a);
const like = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
console.log(Array.prototype.sort.call(like));
console.log([1, 2, 3].toSorted((x, y) => y - x), [3, , 1].toSorted());
try { [1, 2].sort('nope'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [1, 2].sort(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [1, 2].sort({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [2, 1].sort(() => { throw new Error('cmp failed'); }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [{ toString() { throw new TypeError('no string'); } }, 1].sort(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.sort.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
const big = [];
for (let i = 0; i < 200; i++) big.push((i * 7919) % 211);
const sorted = big.slice().sort((x, y) => x - y);
console.log(sorted.slice(0, 10), sorted.slice(-5), sorted.every((v, i) => i === 0 || sorted[i - 1] <= v));
