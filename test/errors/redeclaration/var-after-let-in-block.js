// 'var' cannot redeclare a 'let' of the same block
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}var-after-let-in-block.js:7:7: error:

{
  let a;
  var a;
}
