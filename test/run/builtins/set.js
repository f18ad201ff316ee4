// Set: SameValueZero membership, insertion order, iteration during mutation, keys === values, inspect output
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const s = new Set([1, '1', 1, NaN, NaN, 0, -0, undefined, null]);
console.log(s.size, s, s.has(NaN), s.has(-0), s.has('1'), s.has(2));
console.log(s.add(2) === s, s.delete(1), s.delete(1), [...s], [...s.entries()].slice(0, 2));
console.log(Set.prototype.keys === Set.prototype.values, Set.prototype[Symbol.iterator] === Set.prototype.values);
const dedup = [...new Set('mississippi')].join('');
console.log(dedup, new Set([3, 1, 2]), new Set(), new Set([[1, 2], { a: 1 }, new Set([9])]));
const live = new Set([1, 2, 3]);
const seen = [];
for (const v of live) {
  seen.push(v);
  if (v === 1) { live.delete(2); live.add(4); }
  if (v === 4) live.add(5);
}
console.log(seen, live.size);
const fe = [];
new Set(['a', 'b']).forEach(function (v, k, set) { fe.push(`${v}/${k}/${set.size}/${this.x}`); }, { x: 1 });
console.log(fe);
const union = new Set([...new Set([1, 2]), ...new Set([2, 3])]);
const inter = [...new Set([1, 2, 3])].filter((x) => new Set([2, 3, 4]).has(x));
console.log(union, inter);
const it = new Set([1, 2, 3]).values();
it.next();
console.log(it, [...it], Object.prototype.toString.call(it));
console.log(Object.getOwnPropertyNames(Set.prototype).sort(), Set.length, Set.name, Object.prototype.toString.call(new Set()));
class TagSet extends Set {}
console.log(new TagSet(['x']), new TagSet() instanceof Set);
try { Set(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Set(1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Set(true); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Set.prototype.add.call(new Map(), 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Set.prototype.has.call(null, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Set().forEach('x'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Set([1]).values().next.call(new Map().keys()); } catch (e) { console.log(e.name + ': ' + e.message); }
