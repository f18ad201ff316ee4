// the Annex B exception for duplicates covers only plain functions, not async functions
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}function-and-async-function-in-sloppy-block.js:7:18: error:

{
  function f() {}
  async function f() {}
}
