// no line break may come between arrow parameters and '=>'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}line-break-before-arrow.js:6:1: error:

const f = (a)
=> a;
