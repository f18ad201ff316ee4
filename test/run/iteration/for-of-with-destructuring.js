// a for-of head can destructure each value, with defaults and rest
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const inventory = new Map([
  ['apples', 3],
  ['pears', 0],
]);
for (const [fruit, count] of inventory) console.log(fruit, count);
const people = [{ name: 'ada', langs: ['en', 'fr'] }, { name: 'bob' }];
for (const { name, langs: [primary, ...others] = ['none'] } of people) console.log(name, primary, others);
for (const [index, letter] of ['x', 'y'].entries()) console.log(index, letter);
let a, b;
for ([a, b] of [[1, 2], [3, 4]]) console.log(a + b);
const target = {};
for ({ id: target.last } of [{ id: 1 }, { id: 2 }]);
console.log(target);
