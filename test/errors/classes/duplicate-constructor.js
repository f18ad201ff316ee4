// a class may have only one constructor
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-constructor.js:7:3: error: {{.*}}constructor

class C {
  constructor() {}
  constructor() {}
}
