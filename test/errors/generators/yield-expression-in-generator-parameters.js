// a yield expression may not appear in the parameters of a generator
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}yield-expression-in-generator-parameters.js:6:7: error: {{.*}}yield

function* g(
  a = yield
) {}
