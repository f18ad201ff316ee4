// an imported string name needs 'as' and a local identifier
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}string-import-name-without-as.mjs:5:10: error:

import { "x" } from './a.js';
