// console.error writes to stderr (its first line is compared) and does not appear on stdout
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('stdout line 1');
console.error('stderr:', 42, [1, 2], { ok: false });
console.log('stdout line 2');
console.error('second stderr line');
var count = 3;
console.error('count is', count);
console.log('stdout line 3, count', count);
