// Strict functions, class methods and functions with default, rest or destructured parameters
// get an unmapped arguments object: a copy whose `callee` throws a TypeError. Sloppy functions'
// arguments.callee is the function itself.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function report(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}

function strict(a) {
  'use strict';
  arguments[0] = 2;
  console.log(a, arguments[0]);
  a = 3;
  console.log(a, arguments[0]);
  return arguments;
}
report(() => strict(1).callee);
report(() => Object.getOwnPropertyNames(strict(1)));

function defaults(a = 0) { a = 'param'; arguments[0] = 'element'; return [a, arguments[0]]; }
report(() => defaults(1));
function rest(a, ...more) { a = 'param'; return [a, arguments[0], more.length]; }
report(() => rest(1, 2));
function destructured({ x }) { arguments[0] = 'element'; return x; }
report(() => destructured({ x: 'x' }));
report(() => (function (a = 1) { return arguments.callee; })());

class C {
  method(a) { a = 'param'; return [arguments[0], typeof Object.getOwnPropertyDescriptor(arguments, 'callee').get]; }
}
report(() => new C().method(1));

function sloppy(a) { return arguments.callee === sloppy; }
report(() => sloppy(1));
report(() => Object.getOwnPropertyDescriptor((function () { return arguments; })(), 'callee').enumerable);
