// a setter's one parameter cannot be a rest parameter
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}setter-with-rest-parameter.js:6:9: error:

({
  set x(...a) {}
});
