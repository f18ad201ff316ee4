// a 'let' in a function body cannot redeclare a parameter
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}let-redeclaring-parameter.js:6:7: error:

function f(a) {
  let a;
}
