// a derived class without a constructor forwards every argument to the parent constructor
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Base {
  constructor(...args) {
    this.args = args;
    this.count = arguments.length;
  }
}
class Derived extends Base {}
class MoreDerived extends Derived {
  extra = 'field';
}
const d = new Derived(1, 'two', [3]);
console.log(d.args, d.count);
const m = new MoreDerived();
console.log(m.args, m.count, m.extra);
console.log(new MoreDerived(undefined, undefined).count);
