// a keyword written with escapes is not a keyword and cannot be an identifier either
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}escaped-keyword-var.js:5:1: error:

v\u0061r x = 1;
