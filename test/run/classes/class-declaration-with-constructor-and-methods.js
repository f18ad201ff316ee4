// a class declaration gives a constructor whose prototype methods every instance shares
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  length() {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
  plus(other) {
    return new Point(this.x + other.x, this.y + other.y);
  }
}
const p = new Point(3, 4);
console.log(p.x, p.y, p.length());
const q = p.plus(new Point(1, 1));
console.log(q.x, q.y);
console.log(typeof Point, p instanceof Point, p.constructor === Point);
console.log(p.length === q.length, Point.prototype.length === p.length);
console.log(Object.getPrototypeOf(p) === Point.prototype);
class Empty {}
const e = new Empty();
console.log(e instanceof Empty, typeof e);
