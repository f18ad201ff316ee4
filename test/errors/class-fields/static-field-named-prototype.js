// a static field cannot be named 'prototype'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}static-field-named-prototype.js:6:10: error: {{.*}}prototype

class C {
  static prototype = 1;
}
