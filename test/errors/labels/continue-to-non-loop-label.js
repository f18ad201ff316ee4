// 'continue' may only target a label on an iteration statement
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}continue-to-non-loop-label.js:6:12: error:

a: {
  for (;;) continue a;
}
