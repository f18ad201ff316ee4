// Array constructor forms and RangeErrors for invalid lengths
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Array(3), new Array(3).length, Array(1, 2), new Array('3'), Array(), new Array(0), Array.length);
console.log(Array(2.0), Array(4294967295).length);
for (const bad of [-1, 1.5, 4294967296, NaN, Infinity, -0.5]) {
  try { new Array(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
  try { Array(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
const a = [1, 2, 3];
for (const bad of [-1, 1.5, 2 ** 32, 'abc', NaN]) {
  try { a.length = bad; } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log(a);
a.length = '2';
console.log(a);
a.length = { valueOf() { return 1; } };
console.log(a);
a.length = 4294967295;
console.log(a.length);
const b = [1, 2];
Object.defineProperty(b, 'length', { writable: false });
console.log(Object.getOwnPropertyDescriptor(b, 'length'));
b.length = 0;
b[5] = 'x';
console.log(b, b.length);
(function () {
  'use strict';
  try { b.length = 0; } catch (e) { console.log(e.name + ': ' + e.message); }
  try { b.push(1); } catch (e) { console.log(e.name + ': ' + e.message); }
  try { b[2] = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
})();
try { Object.defineProperty(b, 'length', { value: 1 }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.defineProperty([], 'length', { value: 'abc' }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.defineProperty([], 'length', { get() { return 1; } }); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.defineProperty([1, 2, 3], 'length', { value: '1' }));
class MyArray extends Array {}
const m = new MyArray(1, 2, 3);
console.log(m, m.length, m instanceof Array, Array.isArray(m));
