// no trailing comma may follow a rest parameter
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}trailing-comma-after-rest-parameter.js:5:16: error:

function f(...a,) {}
