// console.error/warn go to stderr, console.info/debug to stdout; errors print with their stack; console.log of errors in objects
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.info('info goes to stdout', 1);
console.debug('debug goes to stdout', { a: 1 });
console.error('error goes to stderr');
console.warn('warn goes to stderr');
const e = new TypeError('printed');
console.log(String(e), e.message, e.name);
console.log({ message: 'not an error', name: 'Error' });
console.log(typeof console.log, typeof console.error, console.log.name, console.log.length);
