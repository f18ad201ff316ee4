// import() needs exactly one argument (ES2024 has no options argument)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}import-call-without-argument.js:5:8: error:

import();
