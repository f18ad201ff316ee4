// arrow function parameters must be unique, even in sloppy code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-arrow-parameters.js:5:15: error:

const f = (a, a) => 1;
