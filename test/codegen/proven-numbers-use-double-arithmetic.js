// Arithmetic on values type inference proved to be numbers is plain double arithmetic: no call
// into the runtime's generic operators.
// RUN: %kiln build -O2 %s --emit=llvm -o - | FileCheck %s
// CHECK-LABEL: define internal i64 @kiln_js_0(
// CHECK-NOT: @kiln_op_add_rjs
// CHECK-NOT: @kiln_op_lt_rjs
// CHECK: fadd double
// CHECK-LABEL: define i32 @main(
let sum = 0;
for (let i = 0; i < 100; i++) {
  sum = sum + i;
}
console.log(sum);
