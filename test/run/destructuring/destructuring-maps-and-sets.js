// array patterns work on any iterable: Map entries are [key, value] pairs, Sets give their values
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const scores = new Map([
  ['ada', 90],
  ['bob', 72],
  ['cy', 85],
]);
const [[firstName, firstScore], second] = scores;
console.log(firstName, firstScore, second);
const [smallest, ...others] = new Set([3, 1, 3, 2, 1]);
console.log(smallest, others);
const [k1, k2] = scores.keys();
const [v1] = scores.values();
console.log(k1, k2, v1);
const [[entryKey, entryValue]] = [1, 2].entries();
console.log(entryKey, entryValue);
