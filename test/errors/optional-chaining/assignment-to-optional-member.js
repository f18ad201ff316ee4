// an optional chain is not a valid assignment target
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}assignment-to-optional-member.js:5:1: error:

a?.b = 1;
