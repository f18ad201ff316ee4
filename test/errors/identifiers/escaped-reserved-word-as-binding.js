// a reserved word stays reserved when written with escapes
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}escaped-reserved-word-as-binding.js:5:5: error:

var \u0069f = 1;
