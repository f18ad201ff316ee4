// an arrow parameter default is still inside the static block, where 'await' is reserved
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-in-arrow-parameter-default-in-static-block.js:7:10: error: {{.*}}await

class C {
  static {
    (x = await) => 0;
  }
}
