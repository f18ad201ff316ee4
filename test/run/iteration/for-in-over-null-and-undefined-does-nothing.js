// for-in over null or undefined runs no iterations and throws nothing; primitives give their indices
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

let count = 0;
for (const k in null) count++;
for (const k in undefined) count++;
let missing;
for (const k in missing) count++;
console.log('iterations over null/undefined:', count);
for (const k in 42) console.log('not printed: numbers have no enumerable keys', k);
for (const k in true) console.log('not printed', k);
for (const k in 'ab') console.log('string key', k);
