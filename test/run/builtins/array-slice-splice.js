// slice and splice with negative, fractional, missing and out-of-range arguments
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const a = [0, 1, 2, 3, 4, 5];
console.log(a.slice(), a.slice(2), a.slice(-2), a.slice(1, -1), a.slice(4, 2), a.slice(-100, 100));
console.log(a.slice(1.7, 3.2), a.slice('1', '3'), a.slice(NaN), a.slice(undefined, 2), a.slice(0, Infinity));
console.log([1, , 3].slice(0, 2), Array.prototype.slice.call('abc', 1), Array.prototype.slice.call({ length: 2, 1: 'b' }));
let b = [0, 1, 2, 3, 4, 5];
console.log(b.splice(2), b);
b = [0, 1, 2, 3, 4, 5];
console.log(b.splice(1, 2), b);
b = [0, 1, 2, 3, 4, 5];
console.log(b.splice(-2, 1, 'x', 'y', 'z'), b);
b = [0, 1, 2];
console.log(b.splice(1, 0, 'in'), b);
b = [0, 1, 2];
console.log(b.splice(), b, b.splice(undefined), b);
b = [0, 1, 2];
console.log(b.splice(0, -5), b.splice(1, Infinity), b);
b = [0, 1, 2];
console.log(b.splice(10, 1, 'end'), b);
const like = { length: 3, 0: 'a', 1: 'b', 2: 'c' };
console.log(Array.prototype.splice.call(like, 1, 1, 'B', 'BB'), like);
const holes = [1, , 3, , 5];
console.log(holes.splice(1, 2), holes);
try { Array.prototype.slice.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array.prototype.splice.call(undefined, 0); } catch (e) { console.log(e.name + ': ' + e.message); }
(function () {
  'use strict';
  try { Object.freeze([1, 2]).splice(0, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
})();
console.log(Array.prototype.slice.length, Array.prototype.splice.length);
