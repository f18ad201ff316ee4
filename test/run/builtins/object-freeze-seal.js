// freeze, seal, preventExtensions and their predicates; writes to frozen objects in strict and sloppy code
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const f = Object.freeze({ a: 1, nested: { b: 2 } });
f.a = 99;
f.c = 1;
delete f.a;
f.nested.b = 3;
console.log(f, Object.isFrozen(f), Object.isSealed(f), Object.isExtensible(f));
console.log(Object.getOwnPropertyDescriptor(f, 'a'));
(function () {
  'use strict';
  try { f.a = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
  try { f.c = 2; } catch (e) { console.log(e.name + ': ' + e.message); }
  try { delete f.a; } catch (e) { console.log(e.name + ': ' + e.message); }
})();
const s = Object.seal({ x: 1 });
s.x = 2;
s.y = 3;
delete s.x;
console.log(s, Object.isSealed(s), Object.isFrozen(s), Object.getOwnPropertyDescriptor(s, 'x'));
const p = Object.preventExtensions({ k: 1 });
p.n = 1;
delete p.k;
console.log(p, Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(p));
// empty non-extensible objects are frozen and sealed
console.log(Object.isFrozen(Object.preventExtensions({})), Object.isSealed(Object.preventExtensions({})));
// primitives are frozen, sealed and not extensible
console.log(Object.isFrozen(1), Object.isSealed('s'), Object.isExtensible(true), Object.freeze(5), Object.seal(null));
const arr = Object.freeze([1, 2]);
(function () {
  'use strict';
  try { arr.push(3); } catch (e) { console.log(e.name + ': ' + e.message); }
  try { arr[0] = 5; } catch (e) { console.log(e.name + ': ' + e.message); }
  try { arr.length = 0; } catch (e) { console.log(e.name + ': ' + e.message); }
})();
console.log(arr, Object.isFrozen(arr));
// accessors stay accessors when frozen
let hits = 0;
const acc = Object.freeze({ get v() { return ++hits; }, set v(x) { hits = x; } });
acc.v = 10;
console.log(acc.v, Object.getOwnPropertyDescriptor(acc, 'v').set !== undefined);
