// an object rest element has no default value
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}object-rest-with-initializer.js:5:12: error:

let { ...a = 1 } = c;
