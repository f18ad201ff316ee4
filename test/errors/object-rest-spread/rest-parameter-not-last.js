// a rest parameter must be the last parameter
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}rest-parameter-not-last.js:5:16: error:

function f(...a, b) {}
