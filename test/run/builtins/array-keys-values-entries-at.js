// keys, values, entries iterators (live views, holes) and at with negative indices
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const a = ['x', , 'z'];
console.log([...a.keys()], [...a.values()], [...a.entries()]);
console.log(a.keys(), a.values(), a.entries());
console.log(Object.prototype.toString.call(a.keys()), typeof a.values().next);
const it = a.values();
console.log(it.next(), it.next(), it.next(), it.next(), it.next());
// iterators see later changes to the array
const live = [1, 2];
const liveIt = live.values();
console.log(liveIt.next());
live.push(3);
console.log([...liveIt]);
const e = ['a', 'b'].entries();
e.next();
console.log(e, [...e], e.next());
console.log(a[Symbol.iterator] === a.values, Array.prototype[Symbol.iterator] === Array.prototype.values);
console.log([...Array.prototype.keys.call({ length: 2 })], [...Array.prototype.values.call('hi')]);
for (const [i, v] of ['p', 'q'].entries()) console.log(i, v);
const b = [10, 20, 30];
console.log(b.at(0), b.at(-1), b.at(-3), b.at(3), b.at(-4), b.at(1.9), b.at('1'), b.at(), b.at(NaN));
console.log(Array.prototype.at.call('abc', -1), Array.prototype.at.call({ length: 2, 1: 'last' }, -1), [, 1].at(0));
const iterProto = Object.getPrototypeOf([].values());
console.log(Object.getOwnPropertyNames(iterProto), iterProto[Symbol.toStringTag]);
try { iterProto.next.call({}); } catch (err) { console.log(err.name + ': ' + err.message); }
try { Array.prototype.at.call(null, 0); } catch (err) { console.log(err.name + ': ' + err.message); }
try { Array.prototype.keys.call(undefined); } catch (err) { console.log(err.name + ': ' + err.message); }
