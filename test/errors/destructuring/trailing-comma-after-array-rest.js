// no comma may follow a rest element in an array assignment pattern
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}trailing-comma-after-array-rest.js:5:6: error:

[...a,] = x;
