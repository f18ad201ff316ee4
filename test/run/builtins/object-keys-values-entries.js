// Object.keys/values/entries list own enumerable string keys in spec order, on objects, arrays and strings
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const o = { b: 1, a: 2, 10: 'ten', 2: 'two', [Symbol('s')]: 3 };
Object.defineProperty(o, 'hidden', { value: 4, enumerable: false });
console.log(Object.keys(o));
console.log(Object.values(o));
console.log(Object.entries(o));
console.log(Object.keys([5, , 7]), Object.values([5, , 7]), Object.entries(['x']));
console.log(Object.keys('hey'), Object.values('hi'), Object.entries('ab'));
console.log(Object.keys(42), Object.values(true), Object.entries(Symbol()));
class P { constructor() { this.own = 1; } method() {} }
P.prototype.inherited = 2;
console.log(Object.keys(new P()), Object.keys(P.prototype));
console.log(Object.keys(function f(a, b) {}), Object.keys(() => 1));
// getters run for values/entries
const g = { get x() { return 'got'; }, y: 1 };
console.log(Object.values(g), Object.entries(g));
// a getter deleting a later key: the deleted key is skipped
const d = { get a() { delete this.b; return 1; }, b: 2, c: 3 };
console.log(Object.entries(d));
for (const bad of [null, undefined]) {
  try { Object.keys(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
  try { Object.values(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
  try { Object.entries(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
