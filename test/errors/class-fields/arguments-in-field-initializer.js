// 'arguments' cannot be used in a class field initializer
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}arguments-in-field-initializer.js:6:7: error: {{.*}}arguments

class C {
  x = arguments;
}
