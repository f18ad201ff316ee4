// '#constructor' is not a valid private name, for fields
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}private-field-named-constructor.js:6:3: error: {{.*}}#constructor

class C {
  #constructor = 1;
}
