// 'target' is the only meta property of 'new'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}unknown-new-meta-property.js:6:7: error:

function f() {
  new.targets;
}
