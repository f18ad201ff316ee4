// 'yield' is reserved in strict code, even outside generators
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}yield-as-variable-name.js:6:5: error: {{.*}}yield

"use strict";
var yield;
