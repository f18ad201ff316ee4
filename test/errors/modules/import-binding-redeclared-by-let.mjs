// an import binding and a 'let' of the same name conflict
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}import-binding-redeclared-by-let.mjs:6:5: error:

import a from 'x';
let a;
