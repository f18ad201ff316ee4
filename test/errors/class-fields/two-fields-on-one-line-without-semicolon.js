// fields on the same line need a semicolon between them
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}two-fields-on-one-line-without-semicolon.js:6:5: error:

class C {
  a b
}
