// a rest parameter gathers the remaining arguments and can itself be destructured
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function firstAndRest(first, ...rest) {
  return first + ' | ' + rest.join(',') + ' | ' + rest.length;
}
console.log(firstAndRest(1, 2, 3, 4));
console.log(firstAndRest(1));
function two(...[x, y = 'default y']) {
  return x + ' ' + y;
}
console.log(two('a'), two('a', 'b', 'ignored'));
function named(...{ length }) {
  return 'called with ' + length;
}
console.log(named(), named(1, 2, 3));
const tagged = (tag, ...[{ value }]) => tag + '=' + value;
console.log(tagged('t', { value: 42 }));
