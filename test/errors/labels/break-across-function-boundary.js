// labels are not visible inside nested functions
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}break-across-function-boundary.js:6:18: error:

a: for (;;) {
  function f() { break a; }
}
