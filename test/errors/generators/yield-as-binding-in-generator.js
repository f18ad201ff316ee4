// inside a generator 'yield' is a keyword and cannot be a binding name
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}yield-as-binding-in-generator.js:6:7: error: {{.*}}yield

function* g() {
  var yield;
}
