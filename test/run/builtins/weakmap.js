// WeakMap: object and non-registered symbol keys, get/set/has/delete, constructor, errors and inspect output
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const a = {}, b = [], f = function () {}, sym = Symbol('key');
const wm = new WeakMap([[a, 'object'], [b, 'array']]);
console.log(wm.set(f, 'function') === wm, wm.set(sym, 'symbol') === wm);
console.log(wm.get(a), wm.get(b), wm.get(f), wm.get(sym), wm.get({}), wm.get(Symbol('key')));
console.log(wm.has(a), wm.has({}), wm.delete(a), wm.delete(a), wm.has(a), wm.get(a));
wm.set(b, 'replaced');
console.log(wm.get(b), wm.has(sym), wm.delete(sym), wm.has(sym));
// well-known symbols are not registered: they can be keys
wm.set(Symbol.iterator, 'iter');
console.log(wm.get(Symbol.iterator));
// primitives are never present
console.log(wm.get(1), wm.has('str'), wm.delete(null), wm.get(undefined), wm.has(Symbol.for('reg')));
for (const bad of [1, 'str', null, undefined, true, Symbol.for('registered')]) {
  try { wm.set(bad, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { new WeakMap([[1, 2]]); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new WeakMap([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new WeakMap(1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { WeakMap(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { WeakMap.prototype.get.call(new Map(), a); } catch (e) { console.log(e.name + ': ' + e.message); }
try { WeakMap.prototype.set.call({}, a, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { WeakMap.prototype.has.call(new WeakSet(), a); } catch (e) { console.log(e.name + ': ' + e.message); }
try { WeakMap.prototype.delete.call(undefined, a); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(new WeakMap(), [new WeakMap()], { wm }, new WeakMap(null), new WeakMap(undefined));
console.log(Object.prototype.toString.call(wm), String(wm), JSON.stringify(wm), Object.keys(wm), typeof wm);
console.log(Object.getOwnPropertyNames(WeakMap.prototype), WeakMap.length, WeakMap.name, WeakMap.prototype.set.length);
console.log(Object.getOwnPropertyDescriptor(WeakMap.prototype, Symbol.toStringTag), WeakMap.prototype.constructor === WeakMap);
// one key in several maps: each map sees only its own entry
const m1 = new WeakMap(), m2 = new WeakMap(), shared = {};
m1.set(shared, 1);
m2.set(shared, 2);
console.log(m1.get(shared), m2.get(shared), m1.delete(shared), m2.get(shared));
// subclasses: the constructor calls the overridden set
class LoggingMap extends WeakMap {
  set(k, v) { console.log('set', typeof k, v); return super.set(k, v); }
}
const lm = new LoggingMap([[a, 1], [b, 2]]);
console.log(lm, lm.get(b), lm instanceof WeakMap);
// the adder is looked up once, before iteration
class NoSet extends WeakMap { get set() { return undefined; } }
try { new NoSet([[a, 1]]); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(new NoSet().get(a), new NoSet(null) instanceof NoSet);
