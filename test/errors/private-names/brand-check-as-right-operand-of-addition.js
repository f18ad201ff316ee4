// '#x in obj' must start a relational expression, so it cannot be the right operand of '+'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}brand-check-as-right-operand-of-addition.js:7:21: error:

class C {
  #x;
  m(o) { return 1 + #x in o; }
}
