// 'let' is reserved in strict code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}let-as-variable-name.js:6:5: error: {{.*}}let

"use strict";
var let = 1;
