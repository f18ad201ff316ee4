// BigInt literals cannot start with a leading zero like 08
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}non-octal-decimal-bigint.js:5:7: error:

x = 08n;
