// A read or write of a literal property name owns an inline-cache cell in .bss: generated code
// checks that the base is an object (a cell whose kind is an object kind) whose shape is the
// cell's, then loads or stores slots[slot] itself; only a miss calls the runtime's cached entry
// point with the cell. A computed key has no cache (it may be an element: see
// element-access-is-inline.js).
// RUN: %kiln build -O0 %s --emit=llvm -o - | FileCheck %s
// CHECK: @[[GET:kiln\.ic[.0-9]*]] = internal global %kiln.PropertyCache zeroinitializer
// CHECK: @[[SET:kiln\.ic[.0-9]*]] = internal global %kiln.PropertyCache zeroinitializer
// CHECK-LABEL: define internal i64 @kiln_js_1(
// CHECK: ic.miss:
// CHECK: call i64 @kiln_get_named_cached_rjs(i64 %{{[0-9]+}}, i64 ptrtoint (ptr @kiln.str{{[.0-9]*}} to i64), ptr @[[GET]])
// CHECK: ic.cell:
// CHECK: %[[KIND:[0-9]+]] = load i8, ptr
// CHECK-NEXT: icmp uge i8 %[[KIND]], 6
// CHECK: ic.object:
// CHECK: %[[SHAPE:[0-9]+]] = load ptr, ptr
// CHECK-NEXT: %[[CACHED:[0-9]+]] = load ptr, ptr @[[GET]]
// CHECK-NEXT: icmp eq ptr %[[SHAPE]], %[[CACHED]]
// CHECK: ic.hit:
// CHECK: load i32, ptr getelementptr inbounds (%kiln.PropertyCache, ptr @[[GET]], i32 0, i32 1)
// CHECK: call i64 @kiln_set_named_cached_rjs({{.*}}, ptr @[[SET]])
// CHECK: ic.hit{{[0-9]+}}:
// CHECK: store i64
// CHECK: element.slow:
// CHECK: store i64 {{[0-9]+}}, ptr
// CHECK-NEXT: call i64 @kiln_get_property_rjs(
function touch(o, k) {
  o.y = o.x;
  return o[k];
}
touch({ x: 1 }, 'x');
