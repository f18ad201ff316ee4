// a separator cannot directly precede the decimal point
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}separator-before-decimal-point.js:5:6: error:

x = 1_.1;
