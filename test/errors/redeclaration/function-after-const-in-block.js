// a function declaration in a block is lexical and collides with a 'const'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}function-after-const-in-block.js:7:12: error:

{
  const f = 1;
  function f() {}
}
