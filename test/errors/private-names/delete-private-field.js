// 'delete' cannot be applied to a private member
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}delete-private-field.js:7:9: error:

class C {
  #x;
  m() { delete this.#x; }
}
