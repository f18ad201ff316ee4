// a private setter takes exactly one parameter
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}private-setter-without-parameter.js:6:9: error:

class C {
  set #x() {}
}
