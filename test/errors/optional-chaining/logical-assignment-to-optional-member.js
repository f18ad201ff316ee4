// an optional chain is not a valid target for logical assignment
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}logical-assignment-to-optional-member.js:5:1: error:

a?.b ??= 1;
