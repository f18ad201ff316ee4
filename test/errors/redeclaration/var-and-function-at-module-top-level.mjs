// at the top level of a module, a function declaration collides with a 'var'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}var-and-function-at-module-top-level.mjs:6:10: error:

var f;
function f() {}
