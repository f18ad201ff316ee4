// arrow parameters must be binding identifiers or patterns, not arbitrary expressions
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}expression-as-parameter.js:5:12: error:

const f = (a + b) => 1;
