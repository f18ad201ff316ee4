// no line break may come between async arrow parameters and '=>'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}async-arrow-line-break-before-arrow.js:6:1: error:

var f = async (x)
=> x;
