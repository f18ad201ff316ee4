// super() is not allowed in ordinary functions
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}super-call-in-ordinary-function.js:6:3: error: {{.*}}super

function f() {
  super();
}
