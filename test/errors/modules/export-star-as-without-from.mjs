// 'export * as ns' always needs a 'from' clause
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}export-star-as-without-from.mjs:5:15: error:

export * as ns;
