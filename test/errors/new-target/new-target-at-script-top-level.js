// new.target is only allowed inside functions, field initializers and static blocks
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}new-target-at-script-top-level.js:5:1: error: {{.*}}new.target

new.target;
