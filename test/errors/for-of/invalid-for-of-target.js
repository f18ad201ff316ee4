// the left side of a for-of must be a valid assignment target
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}invalid-for-of-target.js:5:6: error:

for (a + b of c) ;
