// a derived class's fields are initialised right after super() returns, so the parent cannot see them
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Parent {
  parentField = 'parent';
  constructor() {
    console.log('parent sees child field:', this.childField, 'own field:', this.parentField);
  }
}
class Child extends Parent {
  childField = 'child';
  constructor() {
    console.log('before super');
    super();
    console.log('after super:', this.childField, this.parentField);
  }
}
new Child();
class Overrides extends Parent {
  parentField = 'overridden';
}
console.log(new Overrides().parentField);
