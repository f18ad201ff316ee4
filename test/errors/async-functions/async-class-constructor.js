// a class constructor cannot be an async method
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}async-class-constructor.js:6:9: error: {{.*}}constructor

class C {
  async constructor() {}
}
