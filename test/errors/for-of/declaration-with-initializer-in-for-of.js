// a for-of declaration cannot have an initializer
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}declaration-with-initializer-in-for-of.js:5:6: error:

for (var a = 1 of b) ;
