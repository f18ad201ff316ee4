// computed keys in object literals are evaluated in order and converted to strings
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var i = 0;
var prefix = 'key';
var o = {
  [prefix + 1]: 'one',
  [prefix + 2]: 'two',
  [i++]: 'a',
  [i++]: 'b',
  [1 + 1]: 'c',
  ['q']: true,
};
console.log(o);
console.log(i);
var dup = { a: 1, ['a']: 2, a: 3 };
console.log(dup);
var k = 'method';
var withMethod = {
  [k]() { return 'computed method'; },
  [k + 'Fn']: function () { return 'computed function'; },
};
console.log(withMethod.method(), withMethod.methodFn());
