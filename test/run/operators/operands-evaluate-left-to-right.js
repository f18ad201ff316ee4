// operands, arguments and assignment targets are evaluated left to right
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var log = '';
function t(name, value) {
  log += name;
  return value;
}

var r = t('a', 1) + t('b', 2) * t('c', 3);
console.log(r, log);
log = '';
r = t('a', 10) - t('b', 2) - t('c', 3);
console.log(r, log);
log = '';
function f(x, y, z) { return x + y + z; }
console.log(f(t('1', 1), t('2', 2), t('3', 3)), log);
log = '';
var o = {};
t('obj', o)[t('key', 'k')] = t('value', 'v');
console.log(o.k, log);
var n = 1;
n = n + (n = 5) + n;
console.log(n);
var p = { x: 1 };
p.x += (p.x = 10);
console.log(p.x);
log = '';
console.log(t('l', 1) < t('r', 2), log);
