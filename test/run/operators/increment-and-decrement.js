// prefix ++/-- yield the new value, postfix the old value converted to a number
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var i = 5;
console.log(i++, i, ++i, i, i--, i, --i, i);
var s = '7';
var old = s++;
console.log(old, typeof old, s, typeof s);
var u;
u++;
console.log(u);
var n = null;
n++;
console.log(n);
var b = true;
--b;
console.log(b);
var f = 1.5;
f++;
console.log(f);
var big = 9007199254740992;
big++;
console.log(big);
var j = 0;
var k = j++ + j++ + ++j;
console.log(j, k);
var w = 'x';
w--;
console.log(w);
