// an await expression is a UnaryExpression, so it cannot be the base of '**'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-as-base.js:6:11: error:

async function f() {
  await x ** 2;
}
