// an optional chain cannot be the callee of 'new'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}new-with-optional-chain-callee.js:5:6: error:

new a?.b();
