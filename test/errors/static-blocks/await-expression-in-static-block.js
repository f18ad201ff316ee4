// a static block is not async: 'await' cannot be used in it
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-expression-in-static-block.js:7:5: error: {{.*}}await

class C {
  static {
    await 0;
  }
}
