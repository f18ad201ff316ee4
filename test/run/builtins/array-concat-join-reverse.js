// concat (spreading arrays and Symbol.isConcatSpreadable-free array-likes), join and reverse
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const a = [1, 2];
console.log(a.concat(3, [4, 5], [[6]]), a, a.concat(), [].concat([], []), a.concat('str', { length: 1, 0: 'x' }));
console.log([1, , 3].concat([4, , 6]), [1, , 3].concat([4, , 6]).length, 1 in [1, , 3].concat([]));
console.log(Array.prototype.concat.call(1, 2), Array.prototype.concat.call('s', ['t']));
console.log([1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(' - '), [].join(), [5].join('x'));
console.log([null, undefined, 1, , 'a'].join(), [[1, 2], [3]].join(';'), [{}].join(), [true, 1.5, -0].join());
console.log([1, 2].join(undefined), [1, 2].join(null), [1, 2].join(0));
console.log(Array.prototype.join.call({ length: 3, 0: 'a', 2: 'c' }, '+'), Array.prototype.join.call('xyz', '.'));
const cyclic = [1, 2];
cyclic.push(cyclic);
console.log(cyclic.join('-'), String(cyclic));
console.log(String([1, [2, [3, [4]]]]), [1, 2] + '', `${[3, 4]}`);
const r = [1, 2, 3, 4];
console.log(r.reverse(), r, r.reverse() === r, [].reverse(), [1].reverse());
const holes = [1, , 3, , ];
holes.reverse();
console.log(holes, 0 in holes, 1 in holes, holes.length);
const like = { length: 3, 0: 'a', 1: 'b' };
console.log(Array.prototype.reverse.call(like));
const objToString = { toString() { return 'custom'; } };
console.log([objToString, 1].join('|'));
try { [{ toString() { throw new Error('join boom'); } }].join(); } catch (e) { console.log(e.message); }
try { Array.prototype.join.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.reverse.call(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.concat.call(null, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
// Symbol.isConcatSpreadable overrides IsArray in both directions
const spreadObj = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
const notSpread = [1, 2];
notSpread[Symbol.isConcatSpreadable] = false;
console.log([0].concat(spreadObj, notSpread).length, [0].concat(spreadObj, notSpread)[3] === notSpread);
