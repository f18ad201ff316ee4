// each for-of gets its own iterator, so nested loops over one array are independent
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const items = ['a', 'b', 'c'];
const pairs = [];
for (const x of items) {
  for (const y of items) {
    if (x < y) pairs.push(x + y);
  }
}
console.log(pairs.join(' '));
const set = new Set([1, 2]);
for (const p of set) for (const q of set) console.log(p, q);
const word = 'ab';
for (const c1 of word) for (const c2 of word) console.log(c1 + c2);
