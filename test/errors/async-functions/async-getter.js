// 'async' and 'get' cannot be combined on one method
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}async-getter.js:6:13: error:

({
  async get x() {}
});
