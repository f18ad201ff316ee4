// an array pattern over a plain object is an uncaught TypeError: the object is not iterable
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const point = { x: 1, y: 2 };
const { x, y } = point;
console.log(x, y);
const [first, second] = point;
console.log('not printed', first, second);
