// new F(...args) passes spread arguments to the constructor, for classes and functions alike
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Point {
  constructor(x, y, z = 0) {
    this.x = x;
    this.y = y;
    this.z = z;
  }
}
const coords = [1, 2];
console.log(new Point(...coords));
console.log(new Point(...coords, 3));
function Pair(first, second) {
  this.first = first;
  this.second = second;
}
console.log(new Pair(...'ab'));
class Derived extends Point {
  constructor(...args) {
    super(...args, 9);
  }
}
console.log(new Derived(...coords));
const built = new Map(...[[['k', 'v']]]);
console.log(built.get('k'));
