// '#y in obj' also needs '#y' to be declared
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}undeclared-private-name-in-brand-check.js:7:12: error: {{.*}}#y

class C {
  m(o) {
    return #y in o;
  }
}
