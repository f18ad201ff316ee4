// methods cannot appear in an object assignment pattern
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}method-in-object-pattern.js:5:5: error:

({ m() {} } = x);
