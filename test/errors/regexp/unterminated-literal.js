// a regular expression literal must end on the line it starts
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}unterminated-literal.js:5:6: error:

x = /abc
;
