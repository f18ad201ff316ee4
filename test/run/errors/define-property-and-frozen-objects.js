// Object.defineProperty and friends on non-objects or with bad descriptors, and writes to frozen,
// sealed and non-extensible objects, read-only and getter-only properties in strict code.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
'use strict';

function t(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
t(() => Object.defineProperty(1, 'x', {}));
t(() => Object.defineProperty({}, 'x', 1));
t(() => Object.defineProperties(null, {}));
t(() => Object.defineProperty({}, 'x', { get: 1 }));
t(() => Object.defineProperty({}, 'x', { get() {}, value: 1 }));
t(() => Object.defineProperty(Object.freeze({}), 'x', { value: 1 }));
t(() => Object.defineProperty(Object.defineProperty({}, 'x', { value: 1 }), 'x', { value: 2 }));
t(() => Object.create(5));
t(() => Object.setPrototypeOf({}, 5));
t(() => Object.keys(null));
t(() => Object.assign(null));
t(() => Object.getPrototypeOf(undefined));
t(() => Object.entries(undefined));
t(() => { const fr = Object.freeze({ a: 1 }); fr.a = 2; });
t(() => { const fr = Object.freeze({ a: 1 }); fr.b = 2; });
t(() => { const fr = Object.freeze({ a: 1 }); delete fr.a; });
t(() => { const fr = Object.freeze([1]); fr.push(2); });
t(() => { const fr = Object.freeze([1]); fr[0] = 2; });
t(() => { const fr = Object.freeze([1]); fr.length = 0; });
t(() => { const fr = Object.freeze([1]); fr.pop(); });
t(() => { const se = Object.seal({}); se.x = 1; });
t(() => { const ne = Object.preventExtensions({}); ne.x = 1; });
t(() => { 'abc'.length = 1; });
t(() => { 'abc'[0] = 'x'; });
t(() => { (5).x = 1; });
t(() => { const g = { get x() { return 1; } }; g.x = 2; });
t(() => { Object.defineProperty({}, 'x', { value: 1 }).x = 2; });
