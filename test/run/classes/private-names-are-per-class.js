// two classes that both declare #id have distinct private names, and each instance gets its own value
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class A {
  #id = 'a';
  static idOf(o) {
    return o.#id;
  }
}
class B {
  #id = 'b';
  static idOf(o) {
    return o.#id;
  }
}
class SubA extends A {
  #id = 'subA'; // a different private name that happens to be spelled the same
  ownId() {
    return this.#id;
  }
}
const s = new SubA();
console.log(A.idOf(new A()), B.idOf(new B()), A.idOf(s), s.ownId());
try {
  A.idOf(new B());
} catch (e) {
  console.log(e.name);
}
function makeClass() {
  return class {
    #secret;
    constructor(v) {
      this.#secret = v;
    }
    static read(o) {
      return o.#secret;
    }
  };
}
const First = makeClass();
const Second = makeClass();
console.log(First.read(new First(1)), Second.read(new Second(2)));
try {
  First.read(new Second(3)); // each evaluation of the class body makes fresh private names
} catch (e) {
  console.log(e instanceof TypeError);
}
