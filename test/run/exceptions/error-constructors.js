// each error constructor sets name and message; a missing message is the empty string
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var errors = [
  new Error('plain'),
  new TypeError('type'),
  new RangeError('range'),
  new ReferenceError('reference'),
  new SyntaxError('syntax'),
  new Error(),
  new TypeError(),
];
for (var i = 0; i < errors.length; i++) {
  var e = errors[i];
  console.log(i, e.name, '[' + e.message + ']', typeof e);
}
var m = new Error(42);
console.log(m.message, typeof m.message);
var u = new Error(undefined);
console.log('[' + u.message + ']');
var custom = new Error('with extra');
custom.code = 'E_EXTRA';
console.log(custom.code, custom.message);
custom.message = 'changed';
console.log(custom.message);
