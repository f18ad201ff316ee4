// arguments.length is an ordinary writable property (changing it changes what array methods see,
// not the elements), and arguments is iterable (spread, for-of, Array.from) and array-like.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function f(a, b, c) {
  a = 'A';
  console.log([...arguments], Array.prototype.slice.call(arguments), Array.from(arguments));
  arguments.length = 2;
  console.log(arguments.length, [...arguments], Array.prototype.slice.call(arguments), arguments[2]);
  arguments.length = 4;
  console.log(Array.prototype.slice.call(arguments), Array.prototype.join.call(arguments, '-'));
  delete arguments.length;
  console.log(arguments.length, Array.prototype.slice.call(arguments));
  const seen = [];
  for (const x of arguments) seen.push(x);
  console.log(seen, Math.max(...arguments));
}
f(1, 2, 3);

function apply() {
  return Math.max.apply(null, arguments);
}
console.log(apply(4, 8, 2));
function pass(a) {
  a = 10;
  return apply.apply(null, arguments);
}
console.log(pass(1, 5));
function shift(a, b) {
  Array.prototype.shift.call(arguments);
  return [a, b, arguments.length];
}
console.log(shift(1, 2));
