// arrays print as [ a, b ] with nested arrays inline and [] for empty ones
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log([]);
console.log([1]);
console.log([1, 2, 3]);
console.log([[1, 2], [3, [4, 5]]]);
console.log([[], [[]]]);
console.log(['a', 1, [true, null]]);
console.log([-0, 0, NaN]);
console.log([1, , 3], [, ,]);
