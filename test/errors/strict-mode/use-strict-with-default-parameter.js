// a function with non-simple parameters cannot contain a "use strict" directive (acorn and V8
// report the start of the function; the directive itself would do as well)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}use-strict-with-default-parameter.js:6:1: error:

function f(a = 1) {
  "use strict";
}
