// parentheses do not help: deleting '(x)' is still an error in strict code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}delete-of-parenthesized-identifier.js:6:1: error: {{.*}}strict

"use strict";
delete (x);
