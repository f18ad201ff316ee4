// a line break before '++' makes it a prefix operator, which then has no operand
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}postfix-increment-alone-on-next-line.js:6:3: error:

a
++;
