// After a runtime call that may throw, generated code compares the result with the exception
// marker (ValueException = 14) and, outside any try, reports the throw site on a cold path and
// returns the marker to the caller (after unlinking the function's frame record from the shadow
// stack).
// RUN: %kiln build -O0 %s --emit=llvm -o - | FileCheck %s
// CHECK-LABEL: define internal i64 @kiln_js_1(
// CHECK: %[[R:[0-9]+]] = call i64 @kiln_op_add_rjs(
// CHECK-NEXT: %[[E:[0-9]+]] = icmp eq i64 %[[R]], 14
// CHECK-NEXT: br i1 %[[E]], label %exception.site
// CHECK: propagate:
// CHECK: store ptr %{{[0-9]+}}, ptr @kiln_frame_top
// CHECK-NEXT: ret i64 14
// CHECK: exception.site:
// CHECK-NEXT: call void @kiln_exception_site(i32 {{[0-9]+}}, i32 {{[0-9]+}}, ptr
// CHECK-NEXT: br label %propagate
function add(a, b) {
  return a + b;
}
add(1, 2);
