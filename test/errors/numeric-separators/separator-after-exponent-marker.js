// a separator cannot directly follow 'e'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}separator-after-exponent-marker.js:5:7: error:

x = 1e_1;
