// a default expression can use earlier parameters and outer variables, evaluated at each call
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var base = 100;
function range(start, end = start + 10, step = end > start ? 1 : -1) {
  return start + '..' + end + ' by ' + step;
}
console.log(range(0));
console.log(range(5, 0));
console.log(range(5, 8, 2));
function offset(x, y = base + x) {
  return y;
}
console.log(offset(1));
base = 200;
console.log(offset(1));
function list(first, rest = [first, first]) {
  rest[0] = 'changed';
  return rest;
}
var a = list(1);
var b = list(1);
console.log(a, b, a === b);
try {
  (function (p = q, q = 1) { return p; })();
} catch (e) {
  console.log(e.name, e.message);
}
