// module code is always strict, so 'with' is not allowed
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}with-in-module.mjs:5:1: error: {{.*}}with

with (o) {}
