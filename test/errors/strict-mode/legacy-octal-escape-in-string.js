// legacy octal escape sequences are not allowed in strict code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}legacy-octal-escape-in-string.js:6:6: error: {{.*}}octal

"use strict";
x = '\07';
