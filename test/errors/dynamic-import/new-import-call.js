// import() is not a constructor call target: 'new import(...)' is a syntax error
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}new-import-call.js:5:11: error:

new import('x');
