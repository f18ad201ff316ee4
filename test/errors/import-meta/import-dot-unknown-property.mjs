// 'meta' is the only meta property of 'import'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}import-dot-unknown-property.mjs:5:8: error:

import.metadata;
