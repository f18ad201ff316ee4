// console.log prints class instances with the class name before their own properties
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  norm() {
    return 0;
  }
}
class Point3 extends Point {
  z = 0;
}
class Empty {}
console.log(new Point(1, 2));
console.log(new Point3(1, 2));
console.log(new Empty());
console.log([new Point(0, 0), { p: new Empty() }]);
const Anonymous = class {};
console.log(new Anonymous());
console.log(new (class {})());
