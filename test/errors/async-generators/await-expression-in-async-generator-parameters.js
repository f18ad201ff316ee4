// an await expression may not appear in the parameters of an async generator
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-expression-in-async-generator-parameters.js:6:7: error: {{.*}}await

async function* g(
  a = await x
) {}
