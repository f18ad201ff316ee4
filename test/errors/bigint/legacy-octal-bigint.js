// BigInt literals cannot use the legacy octal form
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}legacy-octal-bigint.js:5:7: error:

x = 01n;
