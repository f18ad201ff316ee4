// a private getter may be declared only once, even though a getter and setter pair is allowed
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-private-getter.js:7:7: error: {{.*}}#x

class C {
  get #x() {}
  get #x() {}
}
