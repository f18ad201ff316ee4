// 'x' is not a RegExp flag
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}unknown-flag.js:5:6: error: {{.*}}flag

x = /a/x;
