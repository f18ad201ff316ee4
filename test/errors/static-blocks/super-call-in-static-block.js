// super() cannot be called from a static block
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}super-call-in-static-block.js:7:5: error: {{.*}}super

class C extends B {
  static {
    super();
  }
}
