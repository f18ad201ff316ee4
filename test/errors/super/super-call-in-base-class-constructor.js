// super() is only allowed in constructors of classes with an 'extends' clause
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}super-call-in-base-class-constructor.js:6:19: error: {{.*}}super

class C {
  constructor() { super(); }
}
