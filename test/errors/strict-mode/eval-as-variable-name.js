// 'eval' cannot be bound in strict code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}eval-as-variable-name.js:6:5: error: {{.*}}eval

"use strict";
var eval;
