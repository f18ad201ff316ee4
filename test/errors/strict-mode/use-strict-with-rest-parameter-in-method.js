// a method with a rest parameter cannot contain a "use strict" directive
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}use-strict-with-rest-parameter-in-method.js:6:4: error:

({
  m(...rest) {
    "use strict";
  }
});
