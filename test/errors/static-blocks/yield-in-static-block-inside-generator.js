// a static block does not inherit the enclosing generator's 'yield'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}yield-in-static-block-inside-generator.js:8:7: error:

function* g() {
  class C {
    static {
      yield 1;
    }
  }
}
