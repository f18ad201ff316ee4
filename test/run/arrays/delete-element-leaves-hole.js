// deleting an element leaves a hole: the length stays the same and the index is no longer in the array
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var a = ['a', 'b', 'c', 'd'];
console.log(delete a[1], a.length, a[1], 1 in a);
console.log(a);
delete a[3];
console.log(a, a.length);
a[1] = 'refilled';
console.log(a);
