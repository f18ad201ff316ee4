// strict functions cannot have duplicate parameter names
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-parameters.js:6:15: error:

"use strict";
function f(a, a) {}
