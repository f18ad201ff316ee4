// a separator cannot follow a leading 0 (that would be a legacy octal-like literal)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}separator-after-leading-zero.js:5:6: error:

x = 0_1;
