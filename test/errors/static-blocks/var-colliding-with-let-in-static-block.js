// 'var' and 'let' of the same name collide in a static block
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}var-colliding-with-let-in-static-block.js:8:9: error:

class C {
  static {
    let a;
    var a;
  }
}
