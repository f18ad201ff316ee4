// new.target inside arrow functions is the enclosing function's (also through nested arrows and
// in class constructors, where it names the class actually constructed).
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
function F() {
  const check = () => new.target === F;
  const nested = () => () => typeof new.target;
  return { called: check(), kind: nested()() };
}
console.log(new F().called, new F().kind, F().called, F().kind);
class A { constructor() { this.t = (() => new.target.name)(); } }
class B extends A {}
console.log(new A().t, new B().t);
