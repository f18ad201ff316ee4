// error.stack starts with "Name: message" and lists frames; captureStackTrace-free inspection of errors
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function inner() { return new RangeError('deep'); }
function outer() { return inner(); }
const e = outer();
const lines = e.stack.split('\n');
console.log(lines[0], lines.length > 1, lines.slice(1).every((l) => l.startsWith('    at ')));
console.log(typeof e.stack, Object.getOwnPropertyDescriptor(e, 'stack') !== undefined, Object.keys(e).includes('stack'));
console.log(new Error('').stack.split('\n')[0], new TypeError().stack.split('\n')[0], new Error('multi\nline').stack.split('\n').slice(0, 2));
const custom = new Error('custom');
custom.name = 'Changed';
console.log(custom.stack.split('\n')[0]);
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
console.log(new MyErr('sub').stack.split('\n')[0]);
const noStack = new Error('gone');
noStack.stack = 'replaced stack';
console.log(noStack.stack);
try { throw new SyntaxError('thrown'); } catch (err) { console.log(err.stack.split('\n')[0]); }
