// In a sloppy function with simple parameters, `arguments[0]` and `a` are one variable (node prints
// 2 here). kiln's arguments object is unmapped, so instead of compiling this wrongly the build
// stops with status 3 and says why.
// RUN: not %kiln build %s -o %t 2>&1 | FileCheck %s
// RUN: sh -c '%kiln build %s -o %t 2>/dev/null; test $? -eq 3'
// CHECK: mapped-arguments-aliasing-is-reported.js:7:1: error: a sloppy-mode function that writes its parameters or arguments[i] while using `arguments`
function f(a) {
  a = 2;
  return arguments[0];
}
console.log(f(1));
