// super() cannot be called from a field initializer
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}super-call-in-field-initializer.js:6:7: error: {{.*}}super

class C extends B {
  x = super();
}
