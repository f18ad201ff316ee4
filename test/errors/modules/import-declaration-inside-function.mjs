// import declarations are only allowed at the top level of a module
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}import-declaration-inside-function.mjs:6:3: error:

function f() {
  import x from 'y';
}
