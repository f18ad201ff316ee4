// '#constructor' is not a valid private name, for methods
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}private-method-named-constructor.js:6:3: error: {{.*}}#constructor

class C {
  #constructor() {}
}
