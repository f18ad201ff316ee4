// for-of over a Set yields each distinct value once, in insertion order
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const seen = new Set();
const words = ['b', 'a', 'b', 'c', 'a'];
for (const w of words) seen.add(w);
for (const w of seen) console.log(w);
console.log(seen.size);
const numbers = new Set([3, 1, 2]);
numbers.add(1);
numbers.add(0);
let list = '';
for (const n of numbers) list += n;
console.log(list);
for (const [a, b] of new Set([[1, 2], [3, 4]])) console.log(a + b);
for (const entry of new Set(['x']).entries()) console.log(entry);
