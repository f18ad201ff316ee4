// legacy octal integer literals are not allowed in strict code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}legacy-octal-literal.js:6:5: error: {{.*}}octal

"use strict";
x = 017;
