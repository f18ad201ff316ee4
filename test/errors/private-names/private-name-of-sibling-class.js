// a private name declared in one class is not visible in another, unrelated class
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}private-name-of-sibling-class.js:7:19: error: {{.*}}#x

class A { #x; }
class B {
  m(o) { return o.#x; }
}
