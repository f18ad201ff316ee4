// with 'v', '\-' is not a valid escape outside a class
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}escaped-dash-in-unicode-sets-mode.js:5:6: error: {{.*}}regular expression

x = /\-/v;
