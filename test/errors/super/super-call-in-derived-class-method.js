// super() is only allowed in constructors, not in other methods of a derived class
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}super-call-in-derived-class-method.js:6:9: error: {{.*}}super

class C extends B {
  m() { super(); }
}
