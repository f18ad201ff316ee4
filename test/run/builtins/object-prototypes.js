// Object.getPrototypeOf/setPrototypeOf, isPrototypeOf, hasOwnProperty, Object.hasOwn, Object.is
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const base = { hello() { return 'hello ' + this.n; } };
const o = { n: 1 };
console.log(Object.setPrototypeOf(o, base) === o, o.hello(), Object.getPrototypeOf(o) === base);
console.log(base.isPrototypeOf(o), Object.prototype.isPrototypeOf(o), o.isPrototypeOf(base));
console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf('s') === String.prototype);
console.log(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Object.prototype));
console.log(Object.getPrototypeOf(function () {}) === Function.prototype);
Object.setPrototypeOf(o, null);
console.log(Object.getPrototypeOf(o), o.hello);
console.log(Object.setPrototypeOf(1, null), Object.setPrototypeOf('x', {}));
try { Object.setPrototypeOf(null, {}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.setPrototypeOf({}, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.setPrototypeOf({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.getPrototypeOf(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }
const a = {}, b = Object.create(a);
try { Object.setPrototypeOf(a, b); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.setPrototypeOf(Object.preventExtensions({}), {}); } catch (e) { console.log(e.name + ': ' + e.message); }
const same = Object.preventExtensions({});
console.log(Object.setPrototypeOf(same, Object.prototype) === same);
// hasOwnProperty / hasOwn
const h = Object.create({ inherited: 1 });
h.own = 1;
console.log(h.hasOwnProperty('own'), h.hasOwnProperty('inherited'), Object.hasOwn(h, 'own'), Object.hasOwn(h, 'inherited'));
console.log([1].hasOwnProperty(0), [1].hasOwnProperty('length'), 'ab'.hasOwnProperty(1));
console.log(Object.prototype.propertyIsEnumerable.call([1], 0), [1].propertyIsEnumerable('length'));
try { Object.hasOwn(null, 'x'); } catch (e) { console.log(e.name + ': ' + e.message); }
// Object.is
console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}));
// __proto__ accessor
const q = {};
q.__proto__ = base;
console.log(q.__proto__ === base, Object.getPrototypeOf(q) === base);
