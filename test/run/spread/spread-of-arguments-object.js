// the arguments object can be spread into arrays and calls like any iterable
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function toArray() {
  return [...arguments];
}
console.log(toArray(1, 'b', null), toArray());
function outer() {
  return inner(...arguments, 'added by outer');
}
function inner(...got) {
  return got.join(',');
}
console.log(outer('x', 'y'));
function maxOf() {
  return Math.max(...arguments);
}
console.log(maxOf(3, 17, 5));
