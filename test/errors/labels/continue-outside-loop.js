// 'continue' needs an enclosing loop
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}continue-outside-loop.js:5:1: error:

continue;
