// console.dirxml prints as console.log; console.clear does nothing when stdout is not a terminal.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('before clear');
console.clear();
console.dirxml('dirxml', { a: [1, 2] }, 3, '%d items', 4);
console.group('g');
console.dirxml('indented');
console.groupEnd();
console.log(console.clear.length, console.dirxml.length, console.dirxml.name, console.clear.name);
