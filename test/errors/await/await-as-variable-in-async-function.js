// inside an async function 'await' is a keyword and cannot name a variable
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-as-variable-in-async-function.js:6:7: error: {{.*}}await

async function f() {
  var await;
}
