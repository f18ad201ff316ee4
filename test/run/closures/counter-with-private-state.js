// a returned closure keeps its own copy of the enclosing function's variables alive between calls
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function makeCounter() {
  var count = 0;
  return function () {
    count++;
    return count;
  };
}
var a = makeCounter();
var b = makeCounter();
console.log(a(), a(), a());
console.log(b(), b());
console.log(a());
console.log(typeof count);
