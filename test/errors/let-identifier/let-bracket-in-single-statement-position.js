// an expression statement cannot start with 'let [', so where only a Statement is allowed this is an error
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}let-bracket-in-single-statement-position.js:5:11: error:

if (cond) let
[a] = b;
