// spreading a Set gives its values and a Map gives [key, value] pairs, in insertion order
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const unique = [...new Set([3, 1, 3, 2, 1])];
console.log(unique);
const map = new Map([
  ['x', 1],
  ['y', 2],
]);
console.log([...map]);
console.log([...map.keys()], [...map.values()]);
const merged = new Map([...map, ['z', 3]]);
console.log(merged.size, [...merged.keys()].join(''));
console.log([...[10, 20].entries()]);
