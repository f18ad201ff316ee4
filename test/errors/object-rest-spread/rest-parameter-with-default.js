// a rest parameter cannot have a default value
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}rest-parameter-with-default.js:5:17: error:

function f(...a = []) {}
