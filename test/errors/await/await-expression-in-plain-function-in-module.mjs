// top-level await does not reach into an ordinary function nested in the module
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-expression-in-plain-function-in-module.mjs:6:3: error: {{.*}}await

function f() {
  await x;
}
