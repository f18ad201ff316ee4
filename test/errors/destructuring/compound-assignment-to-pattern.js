// only '=' destructures: compound assignment to an array literal is an error
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}compound-assignment-to-pattern.js:5:1: error:

[a, b] += x;
