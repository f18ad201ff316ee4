// a class field cannot be named 'constructor'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}field-named-constructor.js:6:3: error: {{.*}}constructor

class C {
  constructor = 1;
}
