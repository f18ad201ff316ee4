// methods cannot appear in an object assignment pattern (acorn reports the method's '(',
// where its function value starts; the method name would do as well)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}method-in-object-pattern.js:6:5: error:

({ m() {} } = x);
