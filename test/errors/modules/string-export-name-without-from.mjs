// a string can only name a local binding when re-exporting with 'from'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}string-export-name-without-from.mjs:5:10: error:

export { "a" };
