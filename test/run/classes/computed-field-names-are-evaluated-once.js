// Computed class field names are evaluated once, in order with the other computed keys, when the
// class is defined; every instance (and the class, for static fields) gets the same keys.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
let n = 0;
const name = () => 'k' + (++n);
class A {
  [name()] = 1;
  static [name()] = 'static';
  [name()] = this.k1 + 1;
  ['lit' + 'eral'] = 'x';
}
const a = new A(), b = new A();
console.log(a, b, A.k2, n);
