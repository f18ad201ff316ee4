// with 'u', lookahead assertions cannot be quantified
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}quantified-lookahead-in-unicode-mode.js:5:6: error: {{.*}}regular expression

x = /(?=a)*/u;
