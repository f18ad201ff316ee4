// 'arguments' cannot be bound in strict code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}arguments-as-parameter-name.js:6:12: error: {{.*}}arguments

"use strict";
function f(arguments) {}
