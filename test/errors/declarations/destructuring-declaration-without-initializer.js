// a destructuring declaration needs an initializer
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}destructuring-declaration-without-initializer.js:5:8: error:

let [a];
