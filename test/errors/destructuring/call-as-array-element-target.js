// a call is not a valid array pattern element
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}call-as-array-element-target.js:5:2: error:

[f()] = x;
