// an arrow function in a field initializer sees no 'arguments' either
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}arguments-in-arrow-in-field-initializer.js:6:13: error: {{.*}}arguments

class C {
  x = () => arguments;
}
