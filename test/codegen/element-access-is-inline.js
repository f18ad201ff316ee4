// a[i] and a[i] = v: generated code checks that the base is an array (cell kind 7) and the key an
// int32 below both the length and the dense capacity, loads the element and uses it unless it is a
// hole (0); a store also needs the elements kind to allow the value (kind >= 2, Packed, takes any
// value; the int32 and double kinds take int32s inline). Everything else calls the runtime.
// RUN: %kiln build -O0 %s --emit=llvm -o - | FileCheck %s
// CHECK-LABEL: define internal i64 @kiln_js_1(
// CHECK: element.slow:
// CHECK: call i64 @kiln_get_property_rjs(
// CHECK: element.cell:
// CHECK: icmp eq i8 %{{[0-9]+}}, 7
// CHECK: element.array:
// CHECK: %[[LENGTH:[0-9]+]] = load i32, ptr
// CHECK: %[[CAPACITY:[0-9]+]] = load i32, ptr
// CHECK: icmp ult i32 %[[INDEX:[0-9]+]], %[[LENGTH]]
// CHECK: icmp ult i32 %[[INDEX]], %[[CAPACITY]]
// CHECK: element.inbounds:
// CHECK: %[[READ:[0-9]+]] = load i64, ptr
// CHECK-NEXT: icmp ne i64 %[[READ]], 0
// CHECK: element.slow{{[0-9]+}}:
// CHECK: call i64 @kiln_set_property_rjs(
// CHECK: element.inbounds{{[0-9]+}}:
// CHECK: %[[ELEMENT:[0-9]+]] = load i64, ptr %[[ADDRESS:[0-9]+]]
// CHECK: icmp ne i64 %[[ELEMENT]], 0
// CHECK: icmp uge i8 %{{[0-9]+}}, 2
// CHECK: element.present{{[0-9]+}}:
// CHECK-NEXT: store i64 %{{[0-9]+}}, ptr %[[ADDRESS]]
function copy(a, b, i) {
  a[i] = b[i];
}
copy([1], [2], 0);
