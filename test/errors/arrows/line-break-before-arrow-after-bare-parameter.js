// no line break may come between a bare arrow parameter and '=>'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}line-break-before-arrow-after-bare-parameter.js:6:1: error:

const f = a
=> a;
