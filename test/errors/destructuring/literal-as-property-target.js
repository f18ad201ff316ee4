// '({a: 1} = x)': a literal is not a valid assignment target
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}literal-as-property-target.js:5:7: error:

({ a: 1 } = x);
