// ASI needs a line break (or '}' or the end of input) before the offending token
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}two-expressions-on-one-line.js:5:3: error:

a b;
