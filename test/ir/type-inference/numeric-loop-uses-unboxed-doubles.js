// A numeric loop: type inference proves `i` and `sum` are numbers wherever they are read, so both
// live in unboxed double slots (their TDZ Empty and initial undefined are never read and go), the
// comparison and the arithmetic run on the doubles, and nothing boxes, unboxes or calls the
// runtime. The TDZ checks of the two `let`s, proven initialised, are gone with their blocks.
// RUN: %kiln build -O2 %s --emit=kir | FileCheck %s --implicit-check-not=BoxNumber \
// RUN:   --implicit-check-not=UnboxNumber --implicit-check-not=BinaryOp \
// RUN:   --implicit-check-not='LoadStack %' --implicit-check-not=ThrowTDZ
// CHECK-LABEL: function kiln_js_0
// CHECK: AllocStackDouble
// CHECK: AllocStackDouble
// CHECK: StoreStackDouble %[[SUM:[0-9]+]], 0
// CHECK: StoreStackDouble %[[I:[0-9]+]], 0
// CHECK: %[[LOADED:[0-9]+]] = LoadStackDouble %[[I]]
// CHECK: NumberCompare < %[[LOADED]], 1000
// CHECK: NumberBinary * %{{[0-9]+}}, 0.5
// CHECK: %[[NEW:[0-9]+]] = NumberBinary +
// CHECK: StoreStackDouble %[[SUM]], %[[NEW]]
// CHECK: %[[NEXT:[0-9]+]] = NumberBinary + %{{[0-9]+}}, 1
// CHECK: StoreStackDouble %[[I]], %[[NEXT]]
let sum = 0;
for (let i = 0; i < 1000; i++) {
  sum = sum + i * 0.5;
}
