// the same label cannot be stacked on one statement
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-stacked-label.js:5:4: error:

a: a: for (;;) {}
