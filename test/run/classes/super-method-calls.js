// super.method() calls the parent's method with this still bound to the instance
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Shape {
  constructor(name) {
    this.name = name;
  }
  describe() {
    return 'shape ' + this.name;
  }
  area() {
    return 0;
  }
}
class Square extends Shape {
  constructor(side) {
    super('square');
    this.side = side;
  }
  area() {
    return this.side * this.side;
  }
  describe() {
    return super.describe() + ' with area ' + this.area() + ' (base area ' + super.area() + ')';
  }
}
class LabelledSquare extends Square {
  describe() {
    return '[' + super.describe() + ']';
  }
}
console.log(new Square(3).describe());
console.log(new LabelledSquare(2).describe());
const arrowUser = new (class extends Shape {
  describe() {
    const inner = () => super.describe().toUpperCase();
    return inner();
  }
})('arrow');
console.log(arrowUser.describe());
