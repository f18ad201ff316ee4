// 'for await' has no three-clause form
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}for-await-with-three-clauses.js:6:7: error:

async function f() {
  for await (;;);
}
