// method parameters must be unique, even in sloppy code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-parameters-in-method.js:6:8: error:

({
  m(a, a) {}
});
