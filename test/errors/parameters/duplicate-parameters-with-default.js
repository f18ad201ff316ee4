// functions with non-simple parameter lists never allow duplicate names, even in sloppy code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-parameters-with-default.js:5:15: error:

function f(a, a = 1) {}
