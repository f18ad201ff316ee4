// globalThis: the global object, its built-in properties and their attributes, and global var/function bindings
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(typeof globalThis, globalThis.globalThis === globalThis, globalThis.Array === Array, globalThis.Math === Math);
const names = ['Object', 'Function', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'Math', 'JSON', 'Map', 'Set', 'WeakMap', 'WeakSet',
  'Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'parseInt', 'parseFloat', 'isNaN', 'isFinite',
  'NaN', 'Infinity', 'undefined', 'globalThis', 'console'];
console.log(names.filter((n) => !(n in globalThis)));
for (const n of ['NaN', 'Infinity', 'undefined', 'globalThis', 'Array', 'Math', 'parseInt']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  console.log(n, d.writable, d.enumerable, d.configurable);
}
globalThis.NaN = 1;
globalThis.undefined = 2;
console.log(NaN, undefined, Number.isNaN(globalThis.NaN));
globalThis.created = 'via globalThis';
console.log(created, typeof globalThis.notThere, 'created' in globalThis);
console.log(Object.prototype.toString.call(globalThis), typeof globalThis.hasOwnProperty, globalThis.hasOwnProperty('Array'));
console.log(Object.keys(globalThis).includes('Array'), Object.getOwnPropertyNames(globalThis).includes('Array'));
(function () {
  'use strict';
  try { globalThis.Infinity = 0; } catch (e) { console.log(e.name + ': ' + e.message); }
  try { undefined = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
})();
