// a destructuring assignment expression evaluates to its right-hand side, so assignments chain
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

let a, b, c, d;
const source = { a: 1, b: 2 };
const result = ({ a, b } = source);
console.log(result === source, a, b);
const arr = [3, 4];
console.log(([c, d] = arr) === arr, c, d);
let x, y;
[x] = [y] = ['chained'];
console.log(x, y);
let n = 0;
let first;
while (([first] = [n++]) && first < 3) console.log('looped with', first);
