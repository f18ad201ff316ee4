// setting length shorter deletes the elements past it; setting it longer adds holes
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var a = [1, 2, 3, 4, 5];
a.length = 2;
console.log(a, a.length, a[3], 3 in a);
a.length = 4;
console.log(a, a.length);
a.length = 0;
console.log(a, a[0]);
var b = ['x', 'y'];
b.length = 1;
b[b.length] = 'z';
console.log(b);
