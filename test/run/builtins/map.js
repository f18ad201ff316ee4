// Map: SameValueZero keys, insertion order, iteration while mutating, forEach, size and inspect output
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const key = {};
const m = new Map([[1, 'one'], ['1', 'string one'], [NaN, 'nan'], [key, 'object']]);
m.set(-0, 'zero').set(0, 'zero again');
console.log(m.size, m.get(1), m.get('1'), m.get(NaN), m.get(key), m.get({}), m.get(0), m.get(-0), m.has(+0), [...m.keys()]);
console.log(m.delete(NaN), m.delete(NaN), m.size, m);
m.set(1, 'ONE');
console.log([...m.entries()][0], [...m.values()], m.get(1));
// deleting and re-adding moves a key to the end
m.delete(1);
m.set(1, 'back');
console.log([...m.keys()]);
// iteration sees additions made during iteration, and skips deleted entries
const live = new Map([['a', 1], ['b', 2], ['c', 3]]);
const seen = [];
for (const [k] of live) {
  seen.push(k);
  if (k === 'a') { live.delete('b'); live.set('d', 4); }
}
console.log(seen);
const fe = [];
new Map([['x', 1], ['y', 2]]).forEach(function (v, k, map) { fe.push(`${k}=${v}:${map.size}:${this.t}`); }, { t: 'T' });
console.log(fe);
const cleared = new Map([[1, 1]]);
const it = cleared.keys();
cleared.clear();
cleared.set(2, 2);
console.log(cleared.size, [...it], it.next());
console.log(new Map(), new Map([[{ a: 1 }, [1, 2]], ['k', new Map([[1, 2]])]]), [new Map([[1, 2]]).entries()]);
console.log(Object.prototype.toString.call(new Map()), Map.prototype[Symbol.iterator] === Map.prototype.entries, Map.length, Map.name);
console.log(Object.getOwnPropertyNames(Map.prototype).sort(), typeof Object.getOwnPropertyDescriptor(Map.prototype, 'size').get);
class Registry extends Map { register(k) { return this.set(k, true); } }
const r = new Registry([[0, false]]).register('x');
console.log(r, r instanceof Map, r.size);
try { Map(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Map([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Map(5); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Map({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Map.prototype.set.call([], 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Map().forEach(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(new Set()); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Map().keys().next.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
// a throwing entry read closes the iterable
const closing = { [Symbol.iterator]() { return { next: () => ({ value: 7, done: false }), return() { console.log('closed'); return {}; } }; } };
try { new Map(closing); } catch (e) { console.log(e.name + ': ' + e.message); }
