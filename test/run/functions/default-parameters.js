// default parameter values apply when the argument is missing or undefined, but not for null
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function greet(name = 'world', punctuation = '!') {
  return 'hello ' + name + punctuation;
}
console.log(greet());
console.log(greet('kiln'));
console.log(greet('kiln', '?'));
console.log(greet(undefined, '.'));
console.log(greet(null));
console.log(greet(0, ''));
var calls = 0;
function next() {
  calls++;
  return calls;
}
function f(x = next()) {
  return x;
}
console.log(f(), f(), f(10), f(), calls);
var arrow = (a, b = a * 2) => a + b;
console.log(arrow(1), arrow(1, 1));
