// a setter takes exactly one parameter
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}setter-without-parameter.js:6:8: error:

({
  set x() {}
});
