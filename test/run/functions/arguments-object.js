// arguments holds every actual argument, including extras beyond the declared parameters
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function f(a, b) {
  console.log(arguments.length, arguments[0], arguments[1], arguments[2]);
}
f();
f(1);
f(1, 2, 3);
f(undefined, undefined);
function max() {
  var best = -Infinity;
  for (var i = 0; i < arguments.length; i++) {
    if (arguments[i] > best) best = arguments[i];
  }
  return best;
}
console.log(max(3, 9, 2), max());
function withDefaults(x = 5, y) {
  return arguments.length + ':' + x;
}
console.log(withDefaults(), withDefaults(undefined), withDefaults(1, 2));
function outer() {
  function inner() {
    return arguments.length;
  }
  return arguments.length + ' vs ' + inner('only');
}
console.log(outer(1, 2, 3));
