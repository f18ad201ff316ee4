// strict code does not allow labelled function declarations
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}labelled-function-declaration.js:6:4: error:

"use strict";
l: function f() {}
