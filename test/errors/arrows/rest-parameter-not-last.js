// a rest parameter must be the last arrow parameter
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}rest-parameter-not-last.js:5:16: error:

const f = (...a, b) => 1;
