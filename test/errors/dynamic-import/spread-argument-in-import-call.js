// import() takes an assignment expression, not a spread argument
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}spread-argument-in-import-call.js:5:8: error:

import(...specifiers);
