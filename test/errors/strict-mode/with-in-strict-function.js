// 'with' is not allowed in strict code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}with-in-strict-function.js:7:3: error: {{.*}}with

function f() {
  "use strict";
  with (o) {}
}
