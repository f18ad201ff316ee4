// a for-of declaration binds exactly one pattern
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}two-bindings-in-for-of.js:5:15: error:

for (let a, b of c) ;
