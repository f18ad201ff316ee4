// a whole pattern cannot be parenthesized on the left of '='
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}parenthesized-object-pattern.js:5:1: error:

({ a }) = x;
