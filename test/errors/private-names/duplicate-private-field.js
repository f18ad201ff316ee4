// a private name may be declared only once in a class body
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-private-field.js:7:3: error: {{.*}}#x

class C {
  #x;
  #x;
}
