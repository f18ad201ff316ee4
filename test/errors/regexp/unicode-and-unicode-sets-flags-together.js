// the 'u' and 'v' flags are mutually exclusive
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}unicode-and-unicode-sets-flags-together.js:5:6: error: {{.*}}flag

x = /a/uv;
