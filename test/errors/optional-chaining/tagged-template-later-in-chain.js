// a template cannot tag an optional chain even after further ordinary accesses
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}tagged-template-later-in-chain.js:5:7: error:

a?.b.c`text`;
