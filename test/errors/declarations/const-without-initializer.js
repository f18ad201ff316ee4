// 'const' declarations need an initializer
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}const-without-initializer.js:5:8: error:

const a;
