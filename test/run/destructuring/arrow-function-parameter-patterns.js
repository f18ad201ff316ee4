// arrow functions take parameter patterns too, which makes callbacks over pairs concise
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const points = [
  { x: 1, y: 2 },
  { x: 3, y: 4 },
];
console.log(points.map(({ x, y }) => x + y));
const pairs = [
  ['a', 1],
  ['b', 2],
];
console.log(pairs.map(([key, value]) => key + '=' + value).join('&'));
const entries = Object.entries({ one: 1, two: 2 });
entries.forEach(([k, v], index) => console.log(index, k, v));
const withDefault = ({ n = 10 } = {}) => n * 2;
console.log(withDefault(), withDefault({ n: 1 }));
const swap = ([a, b]) => [b, a];
console.log(swap([1, 2]));
