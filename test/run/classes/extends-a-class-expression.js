// extends accepts any expression that evaluates to a class, including a class expression or a call
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Direct extends class {
  greet() {
    return 'hello from the anonymous base';
  }
} {}
console.log(new Direct().greet());
function withSerial(Base) {
  return class extends Base {
    serial() {
      return 'serial of ' + this.name;
    }
  };
}
class Thing {
  constructor(name) {
    this.name = name;
  }
}
class Serialised extends withSerial(Thing) {}
const s = new Serialised('box');
console.log(s.serial(), s instanceof Thing, s instanceof Serialised);
const chooseBase = (flag) => (flag ? Thing : Object);
class Picked extends chooseBase(true) {}
console.log(new Picked('picked').name);
