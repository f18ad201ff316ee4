// super.x is only allowed in methods, accessors, field initializers and static blocks
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}super-property-in-ordinary-function.js:6:10: error: {{.*}}super

function f() {
  return super.x;
}
