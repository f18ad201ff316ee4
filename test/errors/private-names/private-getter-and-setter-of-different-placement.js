// a private getter and setter pair must both be static or both be instance members
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}private-getter-and-setter-of-different-placement.js:7:7: error: {{.*}}#x

class C {
  static get #x() {}
  set #x(v) {}
}
