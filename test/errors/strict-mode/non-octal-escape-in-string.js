// '\8' and '\9' escapes are not allowed in strict code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}non-octal-escape-in-string.js:6:7: error:

"use strict";
x = '\8';
