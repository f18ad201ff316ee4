// a separator cannot directly follow the decimal point
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}separator-after-decimal-point.js:5:7: error:

x = 1._1;
