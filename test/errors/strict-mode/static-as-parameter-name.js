// 'static' is reserved in strict code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}static-as-parameter-name.js:6:12: error: {{.*}}static

"use strict";
function f(static) {}
