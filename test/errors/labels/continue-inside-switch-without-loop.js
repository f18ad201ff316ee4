// a switch is not a loop: 'continue' inside it needs an enclosing loop
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}continue-inside-switch-without-loop.js:6:11: error:

switch (x) {
  case 1: continue;
}
