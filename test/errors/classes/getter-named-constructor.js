// the constructor cannot be an accessor
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}getter-named-constructor.js:6:7: error: {{.*}}constructor

class C {
  get constructor() {}
}
