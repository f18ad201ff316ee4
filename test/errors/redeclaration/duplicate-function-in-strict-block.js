// strict code forbids duplicate function declarations in a block (Annex B allows them only in sloppy code)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-function-in-strict-block.js:8:12: error:

"use strict";
{
  function f() {}
  function f() {}
}
