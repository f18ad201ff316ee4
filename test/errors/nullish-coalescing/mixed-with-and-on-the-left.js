// '&&' and '??' cannot be mixed without parentheses
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}mixed-with-and-on-the-left.js:5:12: error:

x = a && b ?? c;
