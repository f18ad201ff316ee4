// legacy octal literals do not accept separators
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}separator-in-legacy-octal.js:5:7: error:

x = 07_7;
