// array destructuring assignment swaps and rotates variables without a temporary
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

let a = 1;
let b = 2;
[a, b] = [b, a];
console.log(a, b);
let x = 'x';
let y = 'y';
let z = 'z';
[x, y, z] = [y, z, x];
console.log(x, y, z);
const arr = [10, 20, 30];
[arr[0], arr[2]] = [arr[2], arr[0]];
console.log(arr);
let fibA = 0;
let fibB = 1;
for (let i = 0; i < 10; i++) [fibA, fibB] = [fibB, fibA + fibB];
console.log(fibA, fibB);
