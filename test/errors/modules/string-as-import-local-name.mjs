// the local side of an import specifier must be an identifier, not a string
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}string-as-import-local-name.mjs:5:15: error:

import { x as "y" } from './a.js';
