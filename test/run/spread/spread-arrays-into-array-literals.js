// spreading arrays into an array literal copies their elements in place, in order
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const a = [1, 2];
const b = [3, 4];
console.log([...a, ...b]);
console.log([0, ...a, 2.5, ...b, 5].join(','));
console.log([...[], ...a, ...[]]);
const nested = [[1], [2]];
const copy = [...nested];
copy.push([3]);
console.log(nested.length, copy.length, copy[0] === nested[0]);
console.log([...a, ...a].length, [...[[...a]]]);
