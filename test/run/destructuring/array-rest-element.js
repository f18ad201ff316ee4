// a rest element collects the remaining elements into a new array, possibly empty
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const [head, ...tail] = [1, 2, 3, 4];
console.log(head, tail, Array.isArray(tail));
const [only, ...none] = ['one'];
console.log(only, none, none.length);
const [, , ...fromThird] = 'abcdef';
console.log(fromThird);
const source = [1, 2, 3];
const [...copy] = source;
copy.push(4);
console.log(source, copy);
const [a, ...[b, c]] = [10, 20, 30, 40];
console.log(a, b, c);
let rest;
[, ...rest] = new Set(['x', 'y', 'z']);
console.log(rest);
