// Bitwise operators on proven numbers are Int32Binary on i32 values, and a chain of them stays in
// i32. `h` only ever holds int32s, so it lives in an int32 slot and is read as an i32; the
// counter `i` is a double (i++ may leave the int32 range) and goes through ToInt32. `~` is xor
// with -1; >>> is unsigned, so its result becomes a double (Uint32ToDouble); an int32 result that
// leaves for generic code is boxed without checks (BoxInt32). A comparison of two int32s compares
// integers. None of it calls the runtime.
// RUN: %kiln build -O2 %s --emit=kir | FileCheck %s --implicit-check-not=BinaryOp \
// RUN:   --implicit-check-not=UnaryOp
// CHECK-LABEL: function kiln_js_1 "mix"
// CHECK: %[[H:[0-9]+]] = LoadStackInt32
// CHECK: %[[SHL:[0-9]+]] = Int32Binary << %[[H]], 5
// CHECK: %[[H2:[0-9]+]] = LoadStackInt32
// CHECK: %[[SHR:[0-9]+]] = Int32Binary >>> %[[H2]], 27
// CHECK-NEXT: %[[X:[0-9]+]] = Int32Binary ^ %[[SHL]], %[[SHR]]
// CHECK: %[[I:[0-9]+]] = LoadStackDouble
// CHECK: %[[II:[0-9]+]] = ToInt32 %[[I]]
// CHECK-NEXT: %[[Y:[0-9]+]] = Int32Binary ^ %[[X]], %[[II]]
// CHECK: StoreStackInt32 %{{[0-9]+}}, %[[Y]]
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
