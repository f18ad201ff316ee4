// with 'u', '\1' must refer to an existing capture group
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}backreference-to-missing-group-in-unicode-mode.js:5:6: error: {{.*}}regular expression

x = /\1/u;
