// a call is not a valid logical assignment target
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}call-expression-target.js:5:1: error:

f() &&= 1;
