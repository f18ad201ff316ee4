// a getter takes no parameters
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}getter-with-parameter.js:6:8: error:

({
  get x(a) {}
});
