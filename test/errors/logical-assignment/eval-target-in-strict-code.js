// strict code cannot assign to 'eval', with logical assignment either
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}eval-target-in-strict-code.js:6:1: error: {{.*}}eval

"use strict";
eval &&= 1;
