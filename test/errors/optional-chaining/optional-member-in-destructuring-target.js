// an optional chain cannot be a destructuring assignment target
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}optional-member-in-destructuring-target.js:5:2: error:

[a?.b] = x;
