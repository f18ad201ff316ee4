// BigInt literals are integers: no fraction
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}fractional-bigint.js:5:8: error:

x = 1.5n;
