// In a sloppy function with simple parameters, arguments[i] and the i-th parameter are one
// variable (the mapped arguments object): writing either changes the other, also from closures.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function f(a, b) {
  arguments[0] = 5;
  console.log(a, arguments[0]);
  a = 7;
  console.log(a, arguments[0]);
  arguments[1]++;
  b += 100;
  console.log(b, arguments[1]);
  return arguments;
}
console.log(f(1, 2));

function fromClosure(a) {
  function set(v) { a = v; }
  function setArgument(v) { arguments[0] = v; }
  var args = arguments;
  set('closure');
  console.log(args[0]);
  (function () { args[0] = 'inner'; })();
  console.log(a);
  setArgument('own arguments');  // its own arguments object, not ours
  console.log(a);
}
fromClosure(1);

// An escaping arguments object may be written anywhere.
function modify(args) { args[0] = 42; args[1] = 43; }
function escapes(a, b) {
  modify(arguments);
  return [a, b];
}
console.log(escapes(1, 2));

// Only the last of duplicate parameter names is mapped.
function duplicates(a, a) {
  arguments[0] = 'first';
  console.log(a);
  arguments[1] = 'second';
  console.log(a, arguments[0]);
}
duplicates(1, 2);

// A loop over the parameters through arguments.
function double(x, y, z) {
  for (var i = 0; i < arguments.length; i++) arguments[i] *= 2;
  return x + y + z;
}
console.log(double(1, 2, 3));
