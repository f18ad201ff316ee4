// an arrow function's parameters are still inside the static block, where 'await' is reserved
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-as-arrow-parameter-in-static-block.js:7:6: error: {{.*}}await

class C {
  static {
    (await) => 0;
  }
}
