// an await expression may not appear in the parameters of an async arrow function. acorn (and V8)
// first read 'async (' as a call whose argument uses 'await' as an identifier, so they report the
// 'x' after it; reporting the 'await' itself would be as good.
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-expression-in-async-arrow-parameters.js:8:13: error:

var f = async (
  a = await x
) => a;
