// 'await' may not name a parameter of an async arrow function
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-as-async-arrow-parameter-name.js:6:3: error: {{.*}}await

var f = async (
  await
) => 1;
