// a derived constructor passes arguments to the parent through super(...), then adds its own state
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Animal {
  constructor(name, legs) {
    console.log('Animal constructor for', name);
    this.name = name;
    this.legs = legs;
  }
  describe() {
    return this.name + ' has ' + this.legs + ' legs';
  }
}
class Bird extends Animal {
  constructor(name, canFly) {
    super(name, 2);
    console.log('Bird constructor, legs already', this.legs);
    this.canFly = canFly;
  }
  fly() {
    return this.canFly ? this.name + ' flies' : this.name + ' walks';
  }
}
const b = new Bird('penguin', false);
console.log(b.describe(), '/', b.fly());
console.log(b instanceof Bird, b instanceof Animal, b.constructor === Bird);
console.log(Object.getPrototypeOf(Bird) === Animal, Object.getPrototypeOf(Bird.prototype) === Animal.prototype);
console.log(b);
