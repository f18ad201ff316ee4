// super.x is not allowed at the top level
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}super-property-at-script-top-level.js:5:1: error: {{.*}}super

super.x;
