// objects made by new F() print prefixed with the constructor's name
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function Point(x, y) {
  this.x = x;
  this.y = y;
}
function Empty() {}
console.log(new Point(1, 2));
console.log(new Empty());
console.log([new Point(0, 0)]);
console.log({ at: new Point(-1, 5) });
