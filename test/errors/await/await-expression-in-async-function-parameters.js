// an await expression may not appear in the parameters of the async function it belongs to
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-expression-in-async-function-parameters.js:6:7: error: {{.*}}await

async function f(
  a = await x
) {}
