// two closures created in the same call share one variable: updates through one are seen by the other
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function makeCounter(start) {
  let value = start;
  return {
    increment: function () { value++; return value; },
    decrement: () => --value,
    read() { return value; },
    reset: function (to = start) { value = to; },
  };
}
var c = makeCounter(10);
c.increment();
c.increment();
console.log(c.read());
c.decrement();
console.log(c.read());
c.reset();
console.log(c.read());
c.reset(-3);
console.log(c.increment(), c.read());
var d = makeCounter(0);
console.log(d.read(), c.read());
