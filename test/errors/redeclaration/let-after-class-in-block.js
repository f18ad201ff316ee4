// a class declaration is lexical: a 'let' of the same name in the same block collides with it
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}let-after-class-in-block.js:7:7: error:

{
  class C {}
  let C;
}
