// class bodies are strict code: 'with' is not allowed in a method
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}class-body-is-strict.js:6:9: error:

class C {
  m() { with (o) {} }
}
