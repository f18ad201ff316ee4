// parameters are captured like locals, and reassigning a captured parameter is visible to the closure
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function greeter(greeting, name) {
  var say = () => greeting + ', ' + name;
  name = name.length > 3 ? name : name + '!';
  return say;
}
console.log(greeter('hi', 'ann')(), greeter('hello', 'barbara')());
function withRest(...items) {
  return () => items.length;
}
console.log(withRest(1, 2, 3)());
function withDefault(x = 'default') {
  return function () { return x; };
}
console.log(withDefault()(), withDefault('given')());
function args() {
  var a = arguments;
  return function () { return a.length + ' ' + a[0]; };
}
console.log(args('p', 'q')());
