// a field initializer is its own function-like scope: 'await' of the enclosing async function does not reach it
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-in-field-initializer-inside-async-function.js:7:15: error:

async function f() {
  class C {
    x = await 1;
  }
}
