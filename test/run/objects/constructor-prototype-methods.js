// methods assigned to F.prototype are shared by every object created with new F()
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function Vector(x, y) {
  this.x = x;
  this.y = y;
}
Vector.prototype.add = function (other) {
  return new Vector(this.x + other.x, this.y + other.y);
};
Vector.prototype.length = function () {
  return Math.hypot(this.x, this.y);
};
var v = new Vector(3, 4).add(new Vector(1, 1));
console.log(v.x, v.y, new Vector(3, 4).length());
var a = new Vector(0, 0);
var b = new Vector(1, 1);
console.log(a.add === b.add, 'add' in a, v instanceof Vector);
console.log(a);
Vector.prototype.kind = 'vector';
console.log(a.kind, b.kind);
a.kind = 'own';
console.log(a.kind, b.kind);
