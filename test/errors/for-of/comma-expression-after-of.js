// the right side of 'of' is an AssignmentExpression, so an unparenthesized comma is an error
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}comma-expression-after-of.js:5:12: error:

for (x of a, b) ;
