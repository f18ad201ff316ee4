// logical assignment never destructures: an array literal on its left is invalid
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}array-pattern-target.js:5:1: error:

[a] ||= b;
