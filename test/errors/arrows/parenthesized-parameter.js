// a parenthesized name is not a valid arrow parameter
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}parenthesized-parameter.js:5:12: error:

const f = ((a)) => 1;
