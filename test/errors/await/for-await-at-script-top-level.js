// scripts have no top-level await, so 'for await' is an error there
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}for-await-at-script-top-level.js:5:5: error:

for await (x of y);
