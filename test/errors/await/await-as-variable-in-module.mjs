// module code reserves 'await' everywhere, so it cannot name a variable
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-as-variable-in-module.mjs:5:5: error: {{.*}}await

var await = 1;
