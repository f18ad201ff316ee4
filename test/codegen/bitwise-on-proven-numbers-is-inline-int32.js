// Bitwise operators on proven numbers are i32 instructions, not calls to the runtime's generic
// operators. ToInt32 truncates inline when the double's magnitude is below 2^63 (then the low 32
// bits are the answer) and calls kiln_double_to_int32 only for the rest (large magnitudes, NaN,
// the infinities); that call is cold.
// RUN: %kiln build -O2 %s --emit=llvm -o - | FileCheck %s
// CHECK-LABEL: define internal i64 @kiln_js_1(
// CHECK-NOT: @kiln_op_{{(shl|shr|sar|bitxor)}}_rjs
// CHECK: fcmp olt double %{{[0-9]+}}, 0x43E0000000000000
// CHECK-NEXT: br i1 %{{[0-9]+}}, label %[[FAST:toint32.fast[0-9]*]], label %[[SLOW:toint32.slow[0-9]*]], !prof
// CHECK: [[FAST]]:
// CHECK-NEXT: fptosi double %{{[0-9]+}} to i64
// CHECK-NEXT: trunc i64 %{{[0-9]+}} to i32
// CHECK: [[SLOW]]:
// CHECK-NEXT: call i32 @kiln_double_to_int32(double
// CHECK-DAG: shl i32
// CHECK-DAG: ashr i32
// CHECK-DAG: and i32
// CHECK-DAG: xor i32
// CHECK-LABEL: define i32 @main(
function mix(x, y) {
  const a = +x, b = +y; // numbers, but not ones the optimiser can see through
  return (a << 3) ^ (b >> 2) ^ (a & b);
}
console.log(mix(2 ** 40 + 3.5, -7));
