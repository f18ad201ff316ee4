// A direct call (a function declaration never reassigned) calls the compiled function itself
// with the generic entry's arguments, instead of going through kiln_call_rjs.
// RUN: %kiln build -O0 %s --emit=llvm -o - | FileCheck %s
// CHECK-LABEL: define internal i64 @kiln_js_0(
// CHECK: call i64 @kiln_js_1(i64 %{{[0-9]+}}, i64 10, ptr %{{[0-9]+}}, i32 1, i64 10)
// CHECK-NOT: @kiln_call_rjs
// CHECK-LABEL: define internal i64 @kiln_js_1(
function twice(x) {
  return x;
}
twice(7);
