// the catch block cannot redeclare the catch parameter with 'let'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}let-shadowing-catch-parameter.js:6:7: error:

try {} catch (e) {
  let e;
}
