// 'return' is not allowed in a static block
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}return-in-static-block.js:7:5: error: {{.*}}return

class C {
  static {
    return;
  }
}
