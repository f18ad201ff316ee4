// 'for (async of' is forbidden because it would be ambiguous with an async arrow 'async of => ...'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}async-as-for-of-target.js:5:15: error:

for (async of []) ;
