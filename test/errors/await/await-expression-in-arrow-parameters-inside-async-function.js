// arrow parameters inside an async function may not contain an await expression either
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-expression-in-arrow-parameters-inside-async-function.js:6:8: error: {{.*}}await

async function f() {
  (a = await x) => a;
}
