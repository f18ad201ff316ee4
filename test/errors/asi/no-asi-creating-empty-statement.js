// ASI never inserts a semicolon that would become an empty statement (here the body of 'if')
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}no-asi-creating-empty-statement.js:6:1: error:

if (a)
else b;
