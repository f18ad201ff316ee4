// `new` on something that is not a constructor: the callee as written, as for calls; class
// constructors called without new.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function t(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
var f = 5, o = { m: 1, a: { b: 1 } }, k = 'a', a = 1, b = 2;
t(() => new f());
t(() => new o.m());
t(() => new o.a.b());
t(() => new o[k].b());
t(() => new Math.max());
t(() => new (() => {})());
t(() => new (a + b)());
t(() => new (a, b)());
t(() => new 5());
t(() => new 'x'());
t(() => new f(...[1]));
t(() => new (function () {}.bind())());
t(() => new Symbol());
t(() => new BigInt(1));
class A { m() {} static s() {} }
t(() => new A.prototype.m());
t(() => new A.s());
t(() => A());
t(() => A.call({}));
t(() => (class {})());
t(() => Map());
t(() => Set());
