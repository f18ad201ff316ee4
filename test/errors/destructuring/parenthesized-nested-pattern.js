// a nested pattern cannot be parenthesized (simple targets like '(a)' can)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}parenthesized-nested-pattern.js:5:2: error:

[([a])] = x;
