// a separator cannot directly precede the BigInt suffix
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}separator-before-bigint-suffix.js:5:6: error:

x = 1_n;
