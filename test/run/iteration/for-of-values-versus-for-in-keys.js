// for-of gives an array's element values; for-in gives its enumerable keys as strings
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const arr = [10, 20, 30];
arr.label = 'extra';
const viaOf = [];
for (const v of arr) viaOf.push(v);
const viaIn = [];
for (const k in arr) viaIn.push(k);
console.log(viaOf, viaIn);
const text = 'hey';
const chars = [];
for (const c of text) chars.push(c);
const indices = [];
for (const i in text) indices.push(i);
console.log(chars, indices);
const map = new Map([['k', 'v']]);
let mapKeys = 0;
for (const k in map) mapKeys++;
console.log('for-in over a Map sees no entries:', mapKeys);
