// Derived constructors that do not call super() or call it twice, use `this` too early, or return a
// primitive; bad `extends` values; private fields read from objects without them.
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
class A { constructor() { this.x = 1; } m() { return 1; } }
class B extends A { constructor() { } }
class C extends A { constructor() { this.y = 1; super(); } }
class D extends A { constructor() { super(); super(); } }
class E extends A { constructor() { return 1; } }
class F extends A { constructor() { return null; } }
class G extends A { constructor() { return {}; } }
class H extends A { m() { return super.nope(); } }
class I extends null { constructor() { super(); } }
class J extends A { constructor() { const f = () => this; f(); super(); } }
t(() => new B());
t(() => new C());
t(() => new D());
t(() => new E());
t(() => new F());
t(() => new G());
t(() => new H().m());
t(() => new I());
t(() => new J());
t(() => { class K extends 5 {} });
t(() => { class K extends undefined {} });
t(() => { const P = function () {}; P.prototype = 1; class K extends P {} });
t(() => { Object.setPrototypeOf(B, null); new B(); });
t(() => { class K { static #p = 1; static g(o) { return o.#p; } } K.g({}); });
t(() => { class K { #f = 1; static s(o) { o.#f = 2; } } K.s({}); });
t(() => { class K { #f; static has(o) { return #f in o; } } K.has(1); });
t(() => { class K { get #a() { return 1; } static s(o) { o.#a = 1; } } K.s(new K()); });
t(() => { class K { set #a(v) {} static g(o) { return o.#a; } } K.g(new K()); });
t(() => { class K { constructor() { this.#q; } #q; } new K(); });
t(() => { class L { x = this.y.z; } new L(); });
t(() => { new (class { constructor() { super.x.y; } })(); });
