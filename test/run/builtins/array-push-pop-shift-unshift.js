// push, pop, shift and unshift on arrays, holes and generic array-like objects
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const a = [1, 2];
console.log(a.push(3, 4), a, a.push(), a);
console.log(a.pop(), a, a.shift(), a, a.unshift(-1, 0), a, a.unshift(), a);
const e = [];
console.log(e.pop(), e.shift(), e.length, e);
const holes = [1, , 3];
console.log(holes.shift(), holes, 0 in holes, holes.length);
holes.unshift(9);
console.log(holes, 1 in holes);
const like = { length: 2, 0: 'a', 1: 'b' };
Array.prototype.push.call(like, 'c');
console.log(like);
console.log(Array.prototype.pop.call(like), like);
console.log(Array.prototype.shift.call(like), like);
Array.prototype.unshift.call(like, 'z', 'y');
console.log(like);
const noLength = {};
Array.prototype.push.call(noLength, 'first');
console.log(noLength, Array.prototype.pop.call({}), Array.prototype.shift.call({ length: 0 }));
console.log(Array.prototype.push.length, Array.prototype.unshift.length, Array.prototype.pop.length);
// large arrays
const big = [];
for (let i = 0; i < 1000; i++) big.push(i);
for (let i = 0; i < 500; i++) big.shift();
console.log(big.length, big[0], big[499], big.pop(), big.length);
(function () {
  'use strict';
  const frozen = Object.freeze([1, 2, 3]);
  try { frozen.push(4); } catch (err) { console.log(err.name + ': ' + err.message); }
  try { frozen.pop(); } catch (err) { console.log(err.name + ': ' + err.message); }
  try { frozen.shift(); } catch (err) { console.log(err.name + ': ' + err.message); }
  try { frozen.unshift(0); } catch (err) { console.log(err.name + ': ' + err.message); }
  const sealed = Object.seal([1]);
  try { sealed.push(2); } catch (err) { console.log(err.name + ': ' + err.message); }
  console.log(frozen, sealed);
})();
try { Array.prototype.push.call(null, 1); } catch (err) { console.log(err.name + ': ' + err.message); }
try { Array.prototype.pop.call(undefined); } catch (err) { console.log(err.name + ': ' + err.message); }
try { Array.prototype.push.call({ length: 2 ** 53 - 1 }, 1); } catch (err) { console.log(err.name + ': ' + err.message); }
