// closures nested three levels deep read and write variables of every enclosing function
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function level1(a) {
  var count = 0;
  return function level2(b) {
    count++;
    return function level3(c) {
      count += 10;
      a = a + 1;
      return [a, b, c, count];
    };
  };
}
var l2 = level1(100);
var l3a = l2('x');
var l3b = l2('y');
console.log(l3a('first'));
console.log(l3b('second'));
console.log(l3a('third'));
function adder(x) {
  return (y) => (z) => (w) => x + y + z + w;
}
console.log(adder(1)(2)(3)(4), adder('a')('b')('c')('d'));
