// Function(...) / new Function(...) compile code from strings at run time: refused at compile
// time with status 3 (a local binding named Function is an ordinary function).
// RUN: sh -c '%kiln build %s -o %t 2>/dev/null; test $? -eq 3'
// RUN: not %kiln build %s -o %t 2>&1 | FileCheck %s
// CHECK: function-constructor-is-reported.js:8:17: error: Function() (code compiled from strings at run time) is not supported by kiln yet
function local() { const Function = (s) => s; return Function('fine'); }
console.log(local(), typeof Function, (() => {}) instanceof Function);
const add = new Function('a', 'b', 'return a + b');
