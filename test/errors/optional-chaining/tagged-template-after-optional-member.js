// a template cannot tag an optional chain (it would be ambiguous with short-circuiting)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}tagged-template-after-optional-member.js:5:5: error:

a?.b`text`;
