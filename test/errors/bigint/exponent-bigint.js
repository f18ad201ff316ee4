// BigInt literals cannot have an exponent
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}exponent-bigint.js:5:8: error:

x = 1e3n;
