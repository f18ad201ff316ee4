// a separator cannot directly follow '0x'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}separator-after-radix-prefix.js:5:7: error:

x = 0x_1;
