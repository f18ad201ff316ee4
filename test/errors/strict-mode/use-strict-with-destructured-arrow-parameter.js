// an arrow function with a destructured parameter cannot contain a "use strict" directive
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}use-strict-with-destructured-arrow-parameter.js:5:11: error:

const f = ({ a }) => {
  "use strict";
};
