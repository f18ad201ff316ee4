// repeated floating-point additions accumulate rounding error exactly as IEEE doubles do
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var s = 0;
for (var i = 0; i < 10; i++) s += 0.1;
console.log(s, s === 1);
var t = 0;
for (var j = 1; j <= 100; j++) t += 1 / j;
console.log(t);
var p = 1;
for (var k = 0; k < 50; k++) p *= 1.1;
console.log(p);
var x = 1;
while (x / 2 > 0) x /= 2;
console.log(x, x === 5e-324);
var e = 1;
while (1 + e / 2 !== 1) e /= 2;
console.log(e);
var big = 1;
while (big * 2 !== Infinity) big *= 2;
console.log(big);
