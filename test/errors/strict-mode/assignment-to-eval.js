// strict code cannot assign to 'eval'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}assignment-to-eval.js:6:1: error: {{.*}}eval

"use strict";
eval = 1;
