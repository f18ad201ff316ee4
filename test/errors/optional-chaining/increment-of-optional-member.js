// an optional chain cannot be incremented
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}increment-of-optional-member.js:5:1: error:

a?.b++;
