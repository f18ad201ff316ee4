// a for-of left-hand side cannot start with 'let', even as 'let.x'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}let-member-as-for-of-target.js:5:6: error:

for (let.x of y);
