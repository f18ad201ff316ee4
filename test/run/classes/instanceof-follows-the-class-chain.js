// instanceof checks whether a class's prototype is anywhere on the object's prototype chain
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class A {}
class B extends A {}
class C extends B {}
class Unrelated {}
const c = new C();
console.log(c instanceof C, c instanceof B, c instanceof A, c instanceof Object, c instanceof Unrelated);
const b = new B();
console.log(b instanceof C, b instanceof A);
const plain = Object.create(B.prototype);
console.log(plain instanceof B, plain instanceof A, plain.constructor === B);
console.log(A.prototype.isPrototypeOf(c), Object.getPrototypeOf(C) === B);
