// 'arguments' is not allowed in a static block
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}arguments-in-static-block.js:7:5: error: {{.*}}arguments

class C {
  static {
    arguments;
  }
}
