// A variable no inner function captures lives in a stack slot, not in an environment.
// RUN: %kiln build -O0 %s --emit=kir | FileCheck %s
// CHECK-LABEL: function kiln_js_1 "sum"
// CHECK-NOT: CreateEnvironment
// CHECK: LoadParam #0
// CHECK: StoreStack
// CHECK: BinaryOp +
// CHECK: Return
function sum(a, b) {
  let total = a + b;
  return total;
}
sum(1, 2);
