// new.target is not allowed at the top level of a module
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}new-target-at-module-top-level.mjs:5:1: error: {{.*}}new.target

new.target;
