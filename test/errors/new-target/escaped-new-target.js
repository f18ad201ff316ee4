// the 'target' in new.target cannot contain escapes
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}escaped-new-target.js:6:3: error:

function f() {
  new.t\u0061rget;
}
