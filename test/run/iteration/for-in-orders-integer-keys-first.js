// for-in lists integer-like keys in ascending numeric order first, then other keys in insertion order
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const obj = {};
obj.banana = 1;
obj[10] = 'ten';
obj.apple = 2;
obj[2] = 'two';
obj['-1'] = 'negative is a string key';
obj['01'] = 'leading zero is a string key';
obj[1.5] = 'fraction is a string key';
obj[0] = 'zero';
const keys = [];
for (const k in obj) keys.push(k);
console.log(keys.join(', '));
const literal = { z: 1, 3: 'c', a: 2, 1: 'a' };
const literalKeys = [];
for (const k in literal) literalKeys.push(k);
console.log(literalKeys.join(', '));
