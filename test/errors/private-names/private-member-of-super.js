// private names cannot be read through 'super'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}private-member-of-super.js:7:15: error:

class C extends B {
  #x;
  m() { super.#x; }
}
