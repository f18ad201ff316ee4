// private names can only be used inside a class body
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}private-name-outside-any-class.js:5:6: error: {{.*}}#x

this.#x;
