// a unary operator expression cannot be the base of '**' without parentheses
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}unary-minus-as-base.js:5:8: error:

x = -2 ** 2;
