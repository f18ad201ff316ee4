// '{ a = 1 }' is only valid as a pattern; as an object literal it is an error
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}cover-initialized-name-in-expression.js:5:9: error:

x = { a = 1 };
