// strict code does not allow a function declaration as the body of 'if' (Annex B allows it only in sloppy code)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}function-declaration-as-if-body.js:6:8: error:

"use strict";
if (x) function f() {}
