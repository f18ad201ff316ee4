// several arguments are printed on one line separated by single spaces; no arguments print an empty line
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('a', 'b', 'c');
console.log(1, 'one', true, null, undefined);
console.log('', '', 'x');
console.log('list:', [1, 2], 'obj:', { a: 1 });
console.log('a\n', 'b');
console.log(undefined, undefined);
console.log();
console.log('after an empty line');
