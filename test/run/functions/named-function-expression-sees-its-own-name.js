// a named function expression can refer to itself by name, and that name is not visible outside
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var fact = function inner(n) {
  return n <= 1 ? 1 : n * inner(n - 1);
};
console.log(fact(6));
console.log(typeof inner);
var original = fact;
fact = null;
console.log(original(4));
var countdown = function go(n) {
  if (n < 0) return 'done';
  console.log(n);
  return go(n - 1);
};
console.log(countdown(2));
console.log(fact, original);
