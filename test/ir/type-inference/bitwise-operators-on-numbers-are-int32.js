// Bitwise operators on proven numbers are Int32Binary on i32 values: each read of a double goes
// through ToInt32, and a chain of operators stays in i32 (no conversion between them). `~` is xor
// with -1; >>> is unsigned, so its result becomes a double (Uint32ToDouble); an int32 result that
// leaves for generic code is boxed without checks (BoxInt32). A comparison of two int32s compares
// integers. None of it calls the runtime.
// RUN: %kiln build -O2 %s --emit=kir | FileCheck %s --implicit-check-not=BinaryOp \
// RUN:   --implicit-check-not=UnaryOp
// CHECK-LABEL: function kiln_js_1 "mix"
// CHECK: %[[HI:[0-9]+]] = ToInt32
// CHECK-NEXT: %[[SHL:[0-9]+]] = Int32Binary << %[[HI]], 5
// CHECK: %[[HJ:[0-9]+]] = ToInt32
// CHECK-NEXT: %[[SHR:[0-9]+]] = Int32Binary >>> %[[HJ]], 27
// CHECK-NEXT: %[[X:[0-9]+]] = Int32Binary ^ %[[SHL]], %[[SHR]]
// CHECK: %[[Y:[0-9]+]] = Int32Binary ^ %[[X]], %{{[0-9]+}}
// CHECK: %[[D:[0-9]+]] = Int32ToDouble %[[Y]]
// CHECK-NEXT: StoreStackDouble %{{[0-9]+}}, %[[D]]
// CHECK: Int32Binary & %{{[0-9]+}}, 255
// CHECK-NEXT: Int32Compare == %{{[0-9]+}}, 0
// CHECK: Int32Binary ^ %{{[0-9]+}}, -1
// CHECK: Int32Binary >> %{{[0-9]+}}, 3
// CHECK-LABEL: function kiln_js_2 "unsigned"
// CHECK: %[[U:[0-9]+]] = Int32Binary >>> %{{[0-9]+}}, 0
// CHECK-NEXT: Uint32ToDouble %[[U]]
// CHECK-LABEL: function kiln_js_3 "low"
// CHECK: %[[L:[0-9]+]] = Int32Binary & %{{[0-9]+}}, 3
// CHECK-NEXT: %[[B:[0-9]+]] = BoxInt32 %[[L]] : int32
// CHECK-NEXT: Return %[[B]]
function mix() {
  let h = 0;
  for (let i = 0; i < 64; i++) h = (h << 5) ^ (h >>> 27) ^ i;
  return (h & 0xff) === 0 ? ~h : h >> 3;
}
function unsigned(count) {
  let x = -1;
  for (let i = 0; i < 3; i++) x = x >>> 0;
  return x;
}
function low() {
  let v = 7;
  v = v * 3;
  return v & 3;
}
console.log(mix(), unsigned(), low());
