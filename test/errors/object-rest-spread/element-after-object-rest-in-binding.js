// an object rest element must be the last property of a binding pattern
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}element-after-object-rest-in-binding.js:5:11: error:

let { ...a, b } = c;
