// spreading a plain object into an array literal is an uncaught TypeError: it is not iterable
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const settings = { a: 1, b: 2 };
console.log({ ...settings });
console.log([...settings]);
console.log('not printed');
