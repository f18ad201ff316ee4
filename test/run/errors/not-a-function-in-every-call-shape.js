// Calling a non-function: V8 names the callee as written (its CallPrinter): names and member
// chains, literals by value, operators parenthesised, calls as f(...), and (intermediate value)
// for what it does not print.
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
var f = 5, o = { m: 1, a: { b: { c: null } }, n: null }, k = 'm', u, a = 1, b = 2, arr = [1];
t(() => f());
t(() => o.m());
t(() => o[k]());
t(() => o['m']());
t(() => o[0]());
t(() => o.a.b.c());
t(() => o.x());
t(() => u());
t(() => (0, f)());
t(() => (0, o.m)());
t(() => o.m?.());
t(() => o.x?.());
t(() => o?.m());
t(() => o.a.b.c?.d());
t(() => f`x`);
t(() => o.m`x`);
t(() => (() => 1)()());
t(() => (function () {})()());
t(() => o.m(1, 2)(3));
t(() => [1][0]());
t(() => 'str'());
t(() => null());
t(() => o[Symbol.iterator]());
t(() => f(...[1]));
t(() => o.m(...[1]));
t(() => { let g = {}; g.h.i(); });
t(() => (a + b)());
t(() => (a, b)());
t(() => (!a)());
t(() => (typeof a)());
t(() => (-a)());
t(() => (void 0)());
t(() => (a++)());
t(() => (a = 5)());
t(() => o[a + b]());
t(() => o[o.m]());
t(() => o[o[k]]());
t(() => o['a']['b']());
t(() => o[1.5]());
t(() => o[-1]());
t(() => o[true]());
t(() => o[null]());
t(() => o[10n]());
t(() => o.a[`b`]());
t(() => (a ? b : a)());
t(() => (a || b)());
t(() => (a ?? b)());
t(() => [1, 2]());
t(() => [a, [b]]());
t(() => ({})());
t(() => ({ a: 1 })());
t(() => `x`());
t(() => `x${a}`());
t(() => 1.5());
t(() => 10n());
t(() => this.x());
t(() => arr.length());
t(() => o?.[k].q());
t(() => o.a?.b());
class A {
  m() { return super.x(); }
  static s() { return super.y(); }
}
t(() => new A().m());
t(() => A.s());
t(() => { const lit = { m() { return super.x(); } }; lit.m(); });
