// Object.create sets the prototype and applies property descriptors
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const proto = { greet() { return 'hi from ' + this.name; } };
const o = Object.create(proto, { name: { value: 'o', enumerable: true }, secret: { value: 1 } });
console.log(o.greet(), Object.getPrototypeOf(o) === proto, Object.keys(o), o.secret);
console.log(Object.getOwnPropertyDescriptor(o, 'secret'));
const bare = Object.create(null);
bare.x = 1;
console.log(Object.getPrototypeOf(bare), bare, 'toString' in bare);
console.log(Object.create(Array.prototype) instanceof Array);
const withAccessor = Object.create({}, { v: { get() { return 42; }, enumerable: true } });
console.log(withAccessor.v, withAccessor);
for (const bad of [undefined, 1, 'x', true]) {
  try { Object.create(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { Object.create({}, { a: 1 }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.create({}, { a: { get: 1 } }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.create({}, { a: { value: 1, get() {} } }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.create({}, null); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.create({}, undefined));
