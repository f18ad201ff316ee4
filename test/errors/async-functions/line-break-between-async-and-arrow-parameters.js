// 'async' must be on the same line as the arrow parameters: here 'async(x)' is a call and '=>' is unexpected
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}line-break-between-async-and-arrow-parameters.js:6:5: error:

var f = async
(x) => x;
