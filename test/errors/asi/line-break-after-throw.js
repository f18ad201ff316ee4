// 'throw' must be followed by its expression on the same line
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}line-break-after-throw.js:5:6: error:

throw
new Error();
