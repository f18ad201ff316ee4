// an uncaught TypeError prints "TypeError: message" and exits with status 1
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function area(side) {
  if (typeof side !== 'number') throw new TypeError('expected a number, got ' + typeof side);
  return side * side;
}
console.log(area(3));
console.log(area('3'));
console.log('not printed');
