// '(a = 1)' is an assignment expression, not a target with a default
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}parenthesized-element-with-default.js:5:2: error:

[(a = 1)] = x;
