// 'await' is reserved inside static blocks, even in scripts
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-as-identifier-in-static-block.js:7:9: error: {{.*}}await

class C {
  static {
    var await;
  }
}
