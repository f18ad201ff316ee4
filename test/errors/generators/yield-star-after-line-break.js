// a line break after 'yield' ends the statement, leaving '* x' as an incomplete expression
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}yield-star-after-line-break.js:7:3: error:

function* g() {
  yield
  * x;
}
