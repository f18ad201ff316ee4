// the 'meta' in import.meta cannot contain escapes
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}escaped-meta-property-name.mjs:5:1: error:

import.m\u0065ta;
