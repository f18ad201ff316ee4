// class methods are strict: 'arguments' cannot name a parameter
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}arguments-as-class-method-parameter.js:6:5: error: {{.*}}arguments

class C {
  m(arguments) {}
}
