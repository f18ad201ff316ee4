// Object.defineProperty and defineProperties: defaults, redefinition rules and their TypeErrors
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const o = {};
Object.defineProperty(o, 'a', { value: 1 });
console.log(Object.getOwnPropertyDescriptor(o, 'a'), o.a, Object.keys(o));
o.a = 2;
console.log(o.a);
Object.defineProperty(o, 'b', { value: 1, writable: true, configurable: true, enumerable: true });
Object.defineProperty(o, 'b', { get() { return 'now a getter'; } });
console.log(Object.getOwnPropertyDescriptor(o, 'b'), o.b);
let store = 0;
Object.defineProperty(o, 'c', { set(v) { store = v; }, configurable: true });
o.c = 9;
console.log(store, o.c, Object.getOwnPropertyDescriptor(o, 'c'));
// redefining a non-configurable property
try { Object.defineProperty(o, 'a', { value: 3 }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.defineProperty(o, 'a', { enumerable: true }); } catch (e) { console.log(e.name + ': ' + e.message); }
Object.defineProperty(o, 'a', { value: 1 });  // same value: allowed
console.log('same value ok');
// non-extensible objects
const ne = Object.preventExtensions({});
try { Object.defineProperty(ne, 'x', { value: 1 }); } catch (e) { console.log(e.name + ': ' + e.message); }
// invalid descriptors
try { Object.defineProperty(o, 'd', { get: 5 }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.defineProperty(o, 'd', { value: 1, set() {} }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.defineProperty(o, 'd', 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.defineProperty(1, 'd', {}); } catch (e) { console.log(e.name + ': ' + e.message); }
// array length and indices
const arr = [1, 2, 3];
Object.defineProperty(arr, 'length', { value: 1 });
console.log(arr, arr.length);
Object.defineProperty(arr, 5, { value: 'five', enumerable: true, writable: true, configurable: true });
console.log(arr, arr.length);
try { Object.defineProperty(arr, 'length', { value: -1 }); } catch (e) { console.log(e.name + ': ' + e.message); }
// defineProperties
const p = Object.defineProperties({}, {
  x: { value: 1, enumerable: true },
  y: { get() { return this.x + 1; }, enumerable: true },
  [Symbol.for('z')]: { value: 'sym', enumerable: true },
});
console.log(p, p.y);
try { Object.defineProperties({}, { x: 5 }); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.defineProperty(o, 'e', {}) === o, Object.getOwnPropertyDescriptor(o, 'e'));
