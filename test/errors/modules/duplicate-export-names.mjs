// two exports may not share an exported name
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-export-names.mjs:7:15: error:

const a = 1, b = 2;
export { a };
export { b as a };
