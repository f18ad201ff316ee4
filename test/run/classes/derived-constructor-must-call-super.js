// using this in a derived constructor before super() is an uncaught ReferenceError
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Base {}
class Forgetful extends Base {
  constructor(value) {
    this.value = value;
  }
}
console.log('constructing');
new Forgetful(1);
console.log('not printed');
