// in '{n,m}' n must not exceed m
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}quantifier-range-out-of-order.js:5:6: error: {{.*}}regular expression

x = /a{2,1}/;
