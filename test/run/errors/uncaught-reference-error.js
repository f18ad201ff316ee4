// an explicitly thrown ReferenceError prints "ReferenceError: message" and exits with status 1
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var names = { a: 1 };
function lookup(n) {
  if (!(n in names)) throw new ReferenceError('unknown name ' + n);
  return names[n];
}
console.log(lookup('a'));
lookup('b');
