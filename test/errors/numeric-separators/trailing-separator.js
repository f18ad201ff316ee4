// a numeric literal cannot end with a separator
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}trailing-separator.js:5:6: error:

x = 1_;
