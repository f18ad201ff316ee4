// a function whose own body is strict cannot be named 'eval'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}eval-as-function-name-with-strict-body.js:5:10: error: {{.*}}eval

function eval() {
  "use strict";
}
