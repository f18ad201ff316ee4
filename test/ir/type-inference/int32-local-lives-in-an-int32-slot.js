// A local that only ever holds int32s (an int32 literal, then bitwise results) lives in an unboxed
// int32 slot: the loop reads, combines and stores i32 values with no conversion at all, and the
// result is boxed once, without checks, where it is returned. The counter stays a double slot,
// since `k++` may leave the int32 range.
// RUN: %kiln build -O2 %s --emit=kir | FileCheck %s --implicit-check-not=BoxNumber \
// RUN:   --implicit-check-not=UnboxNumber --implicit-check-not=Int32ToDouble
// CHECK-LABEL: function kiln_js_1 "hash"
// CHECK: AllocStackDouble
// CHECK-NEXT: AllocStackInt32
// CHECK: StoreStackInt32 %[[H:[0-9]+]], 7
// CHECK: %[[A:[0-9]+]] = LoadStackInt32 %[[H]]
// CHECK: %[[SHL:[0-9]+]] = Int32Binary << %[[A]], 5
// CHECK: %[[B:[0-9]+]] = LoadStackInt32 %[[H]]
// CHECK: %[[SAR:[0-9]+]] = Int32Binary >> %[[B]], 3
// CHECK: %[[X:[0-9]+]] = Int32Binary ^ %[[SHL]], %[[SAR]]
// CHECK: %[[K:[0-9]+]] = ToInt32
// CHECK-NEXT: %[[Y:[0-9]+]] = Int32Binary ^ %[[X]], %[[K]]
// CHECK: StoreStackInt32 %[[H]], %[[Y]]
// CHECK: NumberBinary + %{{[0-9]+}}, 1
// RUN: %kiln build -O2 %s --emit=kir | FileCheck %s --check-prefix=RETURN
// RETURN-LABEL: function kiln_js_1 "hash"
// RETURN: %[[B:[0-9]+]] = BoxInt32 %{{[0-9]+}} : int32
// RETURN: Return %[[B]]
function hash() {
  let h = 7;
  for (let k = 0; k < 1000; k++) h = (h << 5) ^ (h >> 3) ^ k;
  return h;
}
console.log(hash());
