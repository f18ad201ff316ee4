// dot and bracket access read and write the same properties; bracket keys are converted to strings
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var o = { name: 'kiln', 'with space': 1, 42: 'answer' };
console.log(o.name, o['name'], o['with space'], o[42], o['42']);
o.added = 'dot';
o['also added'] = 'bracket';
var key = 'dyn' + 'amic';
o[key] = 'computed';
console.log(o.added, o['also added'], o.dynamic);
o.name = 'changed';
console.log(o.name);
o[1 + 1] = 'two';
console.log(o['2'], o[2]);
o[true] = 'bool key';
o[null] = 'null key';
o[undefined] = 'undefined key';
console.log(o['true'], o['null'], o['undefined']);
var keyObj = { toString: function () { return 'fromToString'; } };
o[keyObj] = 'object key';
console.log(o.fromToString);
o[1.5] = 'fraction';
o[-0] = 'negative zero';
console.log(o['1.5'], o['0'], o[0]);
