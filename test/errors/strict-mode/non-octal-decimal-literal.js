// decimal literals with a leading zero, like 08, are not allowed in strict code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}non-octal-decimal-literal.js:6:5: error:

"use strict";
x = 08;
