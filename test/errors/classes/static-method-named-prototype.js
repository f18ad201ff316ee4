// a static method cannot be named 'prototype'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}static-method-named-prototype.js:6:10: error: {{.*}}prototype

class C {
  static prototype() {}
}
