// a block cannot declare the same 'let' name twice
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}let-twice-in-block.js:7:7: error:

{
  let a;
  let a;
}
