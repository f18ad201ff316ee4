// export declarations are only allowed in module code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}export-declaration-in-script.js:5:1: error:

export const x = 1;
