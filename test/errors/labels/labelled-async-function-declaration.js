// only plain function declarations may be labelled, never async functions
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}labelled-async-function-declaration.js:5:4: error:

l: async function f() {}
