// elisions in array literals leave holes: they count toward length, read as undefined, and fail the in test
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var a = [1, , 3];
console.log(a.length, a[1], 1 in a, 0 in a);
console.log(a);
var b = [, , ];
console.log(b.length, b);
var c = [, 'x'];
console.log(c.length, c, 0 in c);
var d = [undefined, , null];
console.log(d, 0 in d, 1 in d);
var e = [1, , , , 5];
console.log(e);
