// assigning at or beyond length grows the array, leaving holes for skipped indexes
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var a = [];
a[0] = 'first';
console.log(a.length, a);
a[a.length] = 'appended';
console.log(a.length, a);
a[5] = 'far';
console.log(a.length, a);
console.log(a[3], 3 in a);
var b = [1, 2, 3];
b[1] = 'replaced';
console.log(b.length, b);
var squares = [];
for (var i = 0; i < 8; i++) squares[i] = i * i;
console.log(squares.length, squares[7]);
var sparse = [];
sparse[2] = 'c';
sparse[0] = 'a';
console.log(sparse, sparse.length);
