// no comma may follow an object rest element in a pattern
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}trailing-comma-after-object-rest.js:5:8: error:

({ ...a, } = b);
