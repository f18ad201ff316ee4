// 'new a?.()' is not an optional call: optional chains cannot follow a 'new' callee
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}new-with-optional-call.js:5:6: error:

new a?.();
