// every built-in error type is an instance of itself and of Error, but not of its siblings
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var kinds = [Error, TypeError, RangeError, ReferenceError, SyntaxError];
var names = ['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError'];
for (var i = 0; i < kinds.length; i++) {
  var e = new kinds[i]('m');
  var row = names[i] + ':';
  for (var j = 0; j < kinds.length; j++) {
    row += ' ' + (e instanceof kinds[j] ? 1 : 0);
  }
  console.log(row);
}
function classify(err) {
  if (err instanceof TypeError) return 'type problem';
  if (err instanceof RangeError) return 'range problem';
  if (err instanceof Error) return 'generic problem';
  return 'not an error';
}
console.log(classify(new TypeError('a')), classify(new RangeError('b')));
console.log(classify(new SyntaxError('c')), classify('d'), classify({ message: 'e' }));
