// numeric separators cannot be doubled
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}two-consecutive-separators.js:5:7: error:

x = 1__0;
