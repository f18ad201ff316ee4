// array patterns in declarations bind elements by position; missing elements are undefined
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const [a, b] = [1, 2, 3];
let [x, y, z] = ['only x'];
var [first] = [];
console.log(a, b, x, y, z, first);
const [, second, , fourth] = [10, 20, 30, 40, 50];
console.log(second, fourth);
const [[inner1, inner2], outer] = [['i1', 'i2'], 'o'];
console.log(inner1, inner2, outer);
let [p, q] = [1, 2];
[p, q] = [q, p];
console.log(p, q);
