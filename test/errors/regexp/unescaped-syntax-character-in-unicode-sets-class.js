// with 'v', syntax characters like '(' must be escaped inside a class
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}unescaped-syntax-character-in-unicode-sets-class.js:5:6: error: {{.*}}regular expression

x = /[(]/v;
