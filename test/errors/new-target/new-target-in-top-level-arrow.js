// an arrow function does not bind new.target, so one at top level has none to use
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}new-target-in-top-level-arrow.js:5:17: error: {{.*}}new.target

const f = () => new.target;
