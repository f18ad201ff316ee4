// for-in over an array yields its indices as strings, skipping holes, plus any extra enumerable keys
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const arr = ['a', 'b', , 'd'];
arr.extra = 'named property';
for (const i in arr) console.log(typeof i, i, arr[i]);
let concatenated = '';
for (const i in [5, 6, 7]) concatenated += i + 1;
console.log(concatenated);
for (const i in 'hi') console.log('string index', i);
