// keys print bare when they are identifiers and in single quotes otherwise
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log({ simple: 1, _under: 2, $dollar: 3, camelCase: 4 });
console.log({ 'with space': 1, 'dash-key': 2, '': 3 });
console.log({ 1: 'a', '1a': 'b', a1: 'c' });
console.log({ "it's": 1 });
console.log({ 'caf\u00e9': 1 });
console.log({ 'class': 1, 'null': 2, 'if': 3 });
console.log({ 'a.b': 1, 'a b': { 'c d': 2 } });
