// import() is not a constructor call target: 'new import(...)' is a syntax error (acorn reports
// the '(' after 'import'; the 'import' would do as well)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}new-import-call.js:6:11: error:

new import('x');
