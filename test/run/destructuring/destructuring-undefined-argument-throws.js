// calling a function whose parameter is an object pattern without an argument is an uncaught TypeError
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function greet({ name }) {
  return 'hello ' + name;
}
console.log(greet({ name: 'ada' }));
console.log(greet());
console.log('not printed');
