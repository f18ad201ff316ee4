// an ordinary function nested in a derived constructor cannot call super()
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}super-call-in-function-inside-constructor.js:7:20: error: {{.*}}super

class C extends B {
  constructor() {
    function f() { super(); }
  }
}
