// with 'u', a class escape like '\d' cannot be a range bound
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}class-escape-as-range-end-in-unicode-mode.js:5:6: error: {{.*}}regular expression

x = /[a-\d]/u;
