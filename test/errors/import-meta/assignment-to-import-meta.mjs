// import.meta itself is not an assignment target (its properties are)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}assignment-to-import-meta.mjs:5:1: error:

import.meta = {};
