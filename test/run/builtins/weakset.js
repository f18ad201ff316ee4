// WeakSet: add/has/delete for objects and non-registered symbols, constructor from iterables, errors, inspect
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const a = {}, b = [1], sym = Symbol('member');
const ws = new WeakSet([a, b, a]);
console.log(ws.has(a), ws.has(b), ws.has({}), ws.add(sym) === ws, ws.has(sym), ws.has(Symbol('member')));
console.log(ws.delete(a), ws.delete(a), ws.has(a), ws.add(a).has(a), ws.delete('x'), ws.has(1), ws.has(Symbol.for('r')));
for (const bad of [1, 'str', null, undefined, false, Symbol.for('registered')]) {
  try { ws.add(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { new WeakSet([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new WeakSet('abc'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new WeakSet({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { WeakSet(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { WeakSet.prototype.add.call(new Set(), a); } catch (e) { console.log(e.name + ': ' + e.message); }
try { WeakSet.prototype.has.call(new WeakMap(), a); } catch (e) { console.log(e.name + ': ' + e.message); }
try { WeakSet.prototype.delete.call('s', a); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(new WeakSet(), [ws], { ws }, new WeakSet(null));
console.log(Object.prototype.toString.call(ws), JSON.stringify({ ws }), Object.getOwnPropertyNames(ws), ws instanceof WeakSet);
console.log(Object.getOwnPropertyNames(WeakSet.prototype), WeakSet.length, WeakSet.prototype.add.length, WeakSet.prototype.add.name);
// branding objects: a WeakSet remembers which objects a class made
const made = new WeakSet();
class Branded { constructor() { made.add(this); } static is(x) { return made.has(x); } }
console.log(Branded.is(new Branded()), Branded.is({}), Branded.is(Object.create(Branded.prototype)));
class Tracker extends WeakSet { add(v) { console.log('adding', Array.isArray(v)); return super.add(v); } }
console.log(new Tracker([a, b]));
