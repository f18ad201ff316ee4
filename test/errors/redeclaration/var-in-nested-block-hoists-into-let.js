// a 'var' hoists out of its block and collides with an outer 'let'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}var-in-nested-block-hoists-into-let.js:7:7: error:

let a;
{
  var a;
}
