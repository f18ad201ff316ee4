// 'for await' is only allowed in async functions and module top level
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}for-await-in-plain-function.js:6:7: error: {{.*}}await

function f() {
  for await (x of y);
}
