// numeric property keys are stored as their string form, so 1, '1' and 1.0 name the same property
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var o = {};
o[1] = 'a';
console.log(o['1'], o[1.0], '1' in o, 1 in o);
o['2'] = 'b';
console.log(o[2]);
o[1e21] = 'big';
console.log(o['1e+21']);
o[0.5] = 'half';
console.log(o['0.5'], o[1 / 2]);
var lit = { 0x10: 'hex', 1e3: 'exp', .5: 'dot' };
console.log(lit[16], lit['1000'], lit['0.5'], lit);
