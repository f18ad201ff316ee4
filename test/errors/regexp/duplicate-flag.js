// each RegExp flag may appear only once
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-flag.js:5:6: error: {{.*}}flag

x = /a/gg;
