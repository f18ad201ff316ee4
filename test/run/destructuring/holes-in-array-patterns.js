// holes in an array pattern skip positions, still consuming them from the iterator
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const [, b, , d] = ['a', 'b', 'c', 'd', 'e'];
console.log(b, d);
const [, , third] = 'xyz';
console.log(third);
const [, ...afterFirst] = [1, 2, 3];
console.log(afterFirst);
const sparse = [1, , 3];
const [one, two = 'hole becomes default', three] = sparse;
console.log(one, two, three);
const [, ,] = [];
console.log('empty holes pattern is fine');
