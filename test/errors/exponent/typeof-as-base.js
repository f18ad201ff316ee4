// 'typeof' applies to a UnaryExpression, which cannot be the base of '**'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}typeof-as-base.js:5:14: error:

x = typeof a ** 2;
