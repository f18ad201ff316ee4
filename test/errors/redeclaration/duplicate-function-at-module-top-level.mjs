// at the top level of a module, functions are lexical declarations and cannot be duplicated
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-function-at-module-top-level.mjs:6:10: error:

function f() {}
function f() {}
