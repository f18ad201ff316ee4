// Function.prototype.call and apply: this binding, argument lists, array-likes and errors
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function show(a, b, c) { return [this === undefined ? 'undefined' : typeof this, this && this.tag, a, b, c, arguments.length]; }
function strictShow() { 'use strict'; return this; }
const obj = { tag: 'obj' };
console.log(show.call(obj, 1, 2, 3), show.call(obj), show.call(obj, 1, 2, 3, 4));
console.log(show.apply(obj, [1, 2]), show.apply(obj), show.apply(obj, null), show.apply(obj, undefined));
console.log(show.apply(obj, { length: 2, 0: 'x', 1: 'y' }), show.apply(obj, 'ab'.split('')));
console.log(strictShow.call(5), strictShow.call(null), strictShow.call(undefined), strictShow.apply('s'));
console.log(typeof show.call(5)[0], show.call(null)[0] === 'object');
console.log(Math.max.apply(null, [1, 5, 3]), String.prototype.toUpperCase.call('abc'));
console.log(Array.prototype.slice.call({ length: 3, 0: 'a', 2: 'c' }), Array.prototype.join.call('abc', '-'));
console.log(Function.prototype.call.call(show, obj, 9));
console.log(show.call.length, show.apply.length, Function.prototype.call.name, Function.prototype.apply.name);
try { show.apply(obj, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { show.apply(obj, 'str'); } catch (e) { console.log(e.name + ': ' + e.message); }
class K {}
try { K.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
// arrow functions ignore the this argument
const arrow = () => typeof this;
console.log(arrow.call({}), arrow.apply(null, []));
