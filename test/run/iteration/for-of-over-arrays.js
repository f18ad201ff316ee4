// for-of visits array elements in index order, holes included as undefined
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

let total = 0;
for (const n of [1, 2, 3, 4]) total += n;
console.log(total);
for (const v of ['a', , 'c']) console.log(v);
const mixed = [0, 'one', { two: 2 }, [3], null];
for (const item of mixed) console.log(typeof item, item);
for (const never of []) console.log('not printed', never);
let last;
for (last of ['x', 'y', 'z']);
console.log('assignment target keeps the last value:', last);
