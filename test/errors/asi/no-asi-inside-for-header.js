// semicolons in a for header are never inserted automatically
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}no-asi-inside-for-header.js:6:3: error:

for (var i = 0
  i < 3
  i++) {}
