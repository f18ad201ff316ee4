// a literal is not a valid logical assignment target
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}literal-target.js:5:1: error:

1 ??= 2;
