// a private field and a private method cannot share a name
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}private-field-and-method-with-same-name.js:7:3: error: {{.*}}#x

class C {
  #x;
  #x() {}
}
