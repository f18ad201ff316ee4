// a class range must go from lower to higher code point
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}class-range-out-of-order.js:5:6: error: {{.*}}regular expression

x = /[z-a]/;
