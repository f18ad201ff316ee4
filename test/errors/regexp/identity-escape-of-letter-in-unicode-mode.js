// with 'u', only syntax characters and '/' may be escaped by identity
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}identity-escape-of-letter-in-unicode-mode.js:5:6: error: {{.*}}regular expression

x = /\a/u;
