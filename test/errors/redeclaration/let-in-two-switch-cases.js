// all cases of a switch share one scope
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}let-in-two-switch-cases.js:7:15: error:

switch (x) {
  case 0: let a; break;
  case 1: let a;
}
