// Every compiled function links a frame record { parent, position, callee, this, newTarget } onto
// kiln_frame_top after its stack check, stores the source position (line | column << 32, column
// 0-based) before each instruction that may throw or call, and unlinks the record before every
// return; the stack-overflow return happens before the record is linked.
// RUN: %kiln build -O0 %s --emit=llvm -o - | FileCheck %s
// CHECK-LABEL: define internal i64 @kiln_js_1(
// 4294967320 = line 24 | column 1 << 32: the call of g.
// CHECK: store i64 4294967320, ptr
// CHECK-NEXT: call i64 @kiln_call_named_rjs(
// CHECK: store ptr %{{[0-9]+}}, ptr @kiln_frame_top
// CHECK-NEXT: ret i64
// CHECK: stack.overflow:
// CHECK-NEXT: %[[OVERFLOW:[0-9]+]] = call i64 @kiln_throw_stack_overflow()
// CHECK-NEXT: ret i64 %[[OVERFLOW]]
// CHECK: stack.ok:
// CHECK-NEXT: %frame = alloca %kiln.StackFrameRecord
// CHECK-NEXT: %[[PARENT:[0-9]+]] = load ptr, ptr @kiln_frame_top
// CHECK: store ptr %[[PARENT]], ptr
// CHECK: store i64 %0, ptr
// CHECK: store i64 %1, ptr
// CHECK: store i64 %4, ptr
// CHECK-NEXT: store ptr %frame, ptr @kiln_frame_top
function f(g) {
 g();
}
f(() => {});
