// a class constructor cannot be a generator method
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}generator-class-constructor.js:6:4: error: {{.*}}constructor

class C {
  *constructor() {}
}
