// Object.prototype's methods, the Object constructor, and the Annex B accessor helpers
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Object(1) instanceof Number, typeof Object('s'), Object(null), Object(undefined), Object({ a: 1 }), new Object(true), Object.length);
const o = { a: 1 };
console.log(Object(o) === o, new Object(o) === o, o.valueOf() === o, o.toString(), o.toLocaleString(), String(o), o + '');
console.log(Object.prototype.valueOf.call('s'), typeof Object.prototype.valueOf.call(5));
const acc = {};
acc.__defineGetter__('g', function () { return 'got ' + this.tag; });
acc.__defineSetter__('s', function (v) { this.tag = v; });
acc.s = 'T';
console.log(acc.g, typeof acc.__lookupGetter__('g'), acc.__lookupSetter__('g'), typeof acc.__lookupSetter__('s'), acc.__lookupGetter__('nope'));
console.log(Object.getOwnPropertyDescriptor(acc, 'g').enumerable, Object.create(acc).__lookupGetter__('g') === acc.__lookupGetter__('g'));
console.log(Object.prototype.__lookupGetter__('__proto__').name, ({}).__lookupGetter__('toString'));
try { acc.__defineGetter__('x', 5); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.prototype.__defineSetter__.call(null, 'x', () => 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.prototype.hasOwnProperty.call(null, 'x'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.prototype.toLocaleString.call(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.prototype.valueOf.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.prototype.toString.call(Object.prototype), Object.getPrototypeOf(Object.prototype), Object.isExtensible(Object.prototype));
try { Object.setPrototypeOf(Object.prototype, {}); } catch (e) { console.log(e.name + ': ' + e.message); }
const proto = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
console.log(typeof proto.get, typeof proto.set, proto.enumerable, proto.configurable, proto.get.name, proto.set.name);
console.log(proto.get.call(5) === Number.prototype, proto.set.call(5, {}), Object.create(null).__proto__);
try { proto.get.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { proto.set.call(undefined, {}); } catch (e) { console.log(e.name + ': ' + e.message); }
