// the directive prologue is strict retroactively: an octal escape in an earlier directive is an error
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}octal-escape-before-use-strict-directive.js:6:4: error: {{.*}}octal

function f() {
  '\07';
  'use strict';
}
