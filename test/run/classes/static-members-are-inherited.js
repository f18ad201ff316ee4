// a subclass inherits static methods and fields through its prototype chain; writing one shadows it
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Base {
  static count = 0;
  static describe() {
    return this.name + ' with count ' + this.count;
  }
}
class Child extends Base {}
console.log(Child.describe(), Child.count);
Child.count = 5; // creates Child's own property
console.log(Base.count, Child.count, Child.hasOwnProperty('count'));
Base.count = 1;
console.log(Base.describe(), '/', Child.describe());
class Grandchild extends Child {
  static describe() {
    return 'grandchild: ' + super.describe();
  }
}
console.log(Grandchild.describe());
