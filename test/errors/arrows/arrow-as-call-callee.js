// an arrow function is an AssignmentExpression, so it cannot be called without parentheses
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}arrow-as-call-callee.js:5:19: error:

const x = () => {}();
