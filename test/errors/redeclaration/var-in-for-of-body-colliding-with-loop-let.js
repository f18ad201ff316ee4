// a 'var' in the body of a for-of collides with the loop's 'let' binding
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}var-in-for-of-body-colliding-with-loop-let.js:6:7: error:

for (let i of []) {
  var i;
}
