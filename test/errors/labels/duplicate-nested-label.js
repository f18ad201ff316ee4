// a label cannot be redeclared inside a statement it labels
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-nested-label.js:6:3: error:

a: {
  a: ;
}
