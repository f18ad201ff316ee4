// arrays are objects passed by reference: aliases and callees see the same elements
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var a = [1, 2, 3];
var b = a;
b[0] = 'changed';
console.log(a, a === b, [1] === [1]);
function fill(arr, value) {
  for (var i = 0; i < arr.length; i++) arr[i] = value;
}
fill(a, 0);
console.log(b);
var copy = [];
for (var i = 0; i < a.length; i++) copy[i] = a[i];
copy[0] = 'only in copy';
console.log(a, copy);
var matrix = [a, a];
matrix[0][1] = 'shared row';
console.log(matrix[1][1], typeof a);
