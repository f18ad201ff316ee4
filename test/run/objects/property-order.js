// own properties are listed integer-like keys first in ascending order, then string keys in insertion order
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var o = { b: 1, 10: 'x', a: 2, 2: 'y', 1: 'z' };
console.log(o);
o.c = 3;
o[0] = 'w';
console.log(o);
delete o.b;
o.b = 4;
console.log(o);
var p = {};
p.second = 2;
p.first = 1;
p['01'] = 'a';
p['-1'] = 'b';
p[7] = 'c';
console.log(p);
var q = {};
q['4294967295'] = 'not an index';
q['4294967294'] = 'largest index';
console.log(q);
