// strict code cannot assign to 'eval' by destructuring either
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}eval-as-target-in-strict-code.js:6:2: error: {{.*}}eval

"use strict";
[eval] = x;
