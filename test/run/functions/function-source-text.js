// Function.prototype.toString gives a function's source text exactly as written: declarations,
// expressions, arrows, methods from their name (with get/set, without static), computed and
// private methods, classes for their constructors; bound functions and built-ins show V8's
// [native code] forms. Messages that show a function use the same text.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
class A { static m(a) { return 1; } get g() { return 2; } static get sg() { return 3; } ['comp' + 1]() {} #p() {} q() { return this.#p; } static { } x = () => 1; }
console.log(A.m.toString());
console.log(Object.getOwnPropertyDescriptor(A.prototype, 'g').get.toString());
console.log(Object.getOwnPropertyDescriptor(A, 'sg').get.toString());
console.log(A.prototype.comp1.toString());
console.log(new A().q().toString());
console.log(new A().x.toString());
console.log(A.toString());
const o = { m() {}, get z() { return 1; }, f: function () {}, a: (x) => x, async: 1, 'str'(b) {}, [Symbol.iterator]() {} };
console.log(o.m.toString(), '|', Object.getOwnPropertyDescriptor(o, 'z').get.toString(), '|', o.f.toString(), '|', o.a.toString(), '|', o.str.toString(), '|', o[Symbol.iterator].toString());
function decl(a, b) { /* c */ return a + b; }
console.log(decl.toString());
console.log(String(decl), `${(x) => x * 2}`);
class B extends A {}
console.log(B.toString(), (class {}).toString());
console.log(decl.bind(null).toString(), Math.max.toString(), (function () {}).call.toString());
console.log(Function.prototype.toString.call(class C { constructor() { this.a = 1; } }));
const weird = {   m   (  a ,
  b ) /* inside */ { return a ; }   };
console.log(weird.m.toString());
console.log(`${function named/*c*/(x)/*d*/{}}`, [(y) => y].join());
try { class K extends (() => {}) {} } catch (e) { console.log(e.message); }
try { null.f(); } catch (e) { console.log(e.message); }
try { const m = { x() {} }; new m.x(); } catch (e) { console.log(e.message); }
console.log('€ unicode', (() => '€').toString());
