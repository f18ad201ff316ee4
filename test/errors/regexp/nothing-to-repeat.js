// a quantifier needs something before it
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}nothing-to-repeat.js:5:6: error: {{.*}}regular expression

x = /+a/;
