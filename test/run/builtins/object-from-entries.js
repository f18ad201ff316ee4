// Object.fromEntries builds an object from any iterable of [key, value] entries
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Object.fromEntries([['a', 1], ['b', 2], ['a', 3]]));
console.log(Object.fromEntries(new Map([[1, 'one'], [Symbol.for('s'), 'sym']])));
console.log(Object.fromEntries(Object.entries({ x: 1, y: 2 }).map(([k, v]) => [k.toUpperCase(), v * 10])));
console.log(Object.fromEntries([]), Object.fromEntries([['__proto__', 1]]));
console.log(Object.fromEntries(['ab', 'cd']));
// entries are read as they are yielded; an error closes the iterator
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { i++; console.log('next', i); return i < 3 ? { value: [i, i], done: false } : { value: 5, done: false }; },
      return() { console.log('return called'); return {}; },
    };
  },
};
try { Object.fromEntries(iterable); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.fromEntries(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.fromEntries(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.fromEntries(5); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.fromEntries({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.fromEntries([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.fromEntries(['a', null]); } catch (e) { console.log(e.name + ': ' + e.message); }
