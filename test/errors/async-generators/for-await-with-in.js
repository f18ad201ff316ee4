// 'for await' only iterates with 'of', never with 'in'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}for-await-with-in.js:6:7: error:

async function f() {
  for await (x in y);
}
