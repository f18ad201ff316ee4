// an unlabelled 'break' needs an enclosing loop or switch
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}break-outside-loop-or-switch.js:6:3: error:

if (x) {
  break;
}
