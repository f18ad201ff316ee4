// a local export must name a binding declared in the module
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}export-of-undeclared-binding.mjs:5:10: error: {{.*}}missing

export { missing };
