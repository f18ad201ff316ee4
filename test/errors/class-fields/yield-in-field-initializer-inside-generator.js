// a field initializer is its own function-like scope: 'yield' of the enclosing generator does not reach it
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}yield-in-field-initializer-inside-generator.js:7:9: error:

function* g() {
  class C {
    x = yield;
  }
}
