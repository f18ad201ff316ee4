// a module has at most one default export
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-default-export.mjs:6:8: error: {{.*}}default

export default 1;
export default 2;
