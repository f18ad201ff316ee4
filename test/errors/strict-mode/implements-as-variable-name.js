// 'implements' is reserved in strict code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}implements-as-variable-name.js:6:5: error: {{.*}}implements

"use strict";
var implements;
