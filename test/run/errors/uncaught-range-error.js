// an uncaught RangeError prints "RangeError: message" and exits with status 1
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function check(n) {
  if (n > 10) throw new RangeError('value ' + n + ' is out of range');
  return n;
}
console.log(check(5));
console.log(check(50));
console.log('not printed');
