// every private name used in a class must be declared in it or an enclosing class
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}undeclared-private-name.js:8:17: error: {{.*}}#y

class C {
  #x;
  m() {
    return this.#y;
  }
}
