// two imports may not bind the same local name
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-import-bindings.mjs:6:10: error:

import a from 'x';
import { a } from 'y';
