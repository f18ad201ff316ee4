// 'continue' must name a label of an enclosing statement
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}continue-to-undefined-label.js:6:3: error:

for (;;) {
  continue missing;
}
