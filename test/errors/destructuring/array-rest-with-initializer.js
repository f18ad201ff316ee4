// a rest element cannot have a default value
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}array-rest-with-initializer.js:5:5: error:

[...a = 1] = x;
