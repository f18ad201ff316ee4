// an uncaught Error prints "Error: message" on stderr and exits with status 1; output before it is kept
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function load(name) {
  if (name === '') throw new Error('something went wrong');
  return 'loaded ' + name;
}
console.log(load('a'));
console.log(load('b'));
load('');
console.log('not printed');
