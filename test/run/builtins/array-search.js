// indexOf, lastIndexOf, includes, find, findIndex, findLast, findLastIndex: NaN, -0, holes, fromIndex
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const a = [1, 2, NaN, 2, -0, undefined, , 'x'];
console.log(a.indexOf(2), a.indexOf(2, 2), a.indexOf(2, -5), a.indexOf(NaN), a.indexOf(0), a.indexOf(undefined));
console.log(a.lastIndexOf(2), a.lastIndexOf(2, 2), a.lastIndexOf(2, -6), a.lastIndexOf(NaN), a.lastIndexOf('x', -1));
console.log(a.includes(NaN), a.includes(0), a.includes(undefined), a.includes(2, 4), a.includes('x', -1), a.includes('x', 100));
console.log([].indexOf(undefined), [, ].includes(undefined), [, ].indexOf(undefined), [1].indexOf(1, 1.5), [1].lastIndexOf(1, -2));
console.log(a.indexOf(2, Infinity), a.indexOf(1, -Infinity), a.lastIndexOf(1, -Infinity), a.lastIndexOf(1, Infinity));
const people = [{ n: 'ann', age: 30 }, { n: 'bob', age: 25 }, { n: 'cy', age: 30 }];
console.log(people.find((p) => p.age === 30), people.findIndex((p) => p.age === 30));
console.log(people.findLast((p) => p.age === 30), people.findLastIndex((p) => p.age === 30));
console.log(people.find((p) => p.age > 99), people.findIndex((p) => p.age > 99), people.findLast(() => false), people.findLastIndex(() => false));
// callbacks see holes as undefined and get (value, index, array) with thisArg
const seen = [];
[1, , 3].find(function (v, i, arr) { seen.push([v, i, arr.length, this.t]); return false; }, { t: 'T' });
console.log(seen);
const back = [];
[1, , 3].findLast((v, i) => { back.push(i); return false; });
console.log(back);
console.log(Array.prototype.indexOf.call('hello', 'l'), Array.prototype.includes.call({ length: 1, 0: NaN }, NaN));
try { [1].find(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [1].findIndex(3); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [1].findLast({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.indexOf.call(null, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.includes.call(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }
