// A numeric loop: type inference proves `i` and `sum` are numbers, so the comparison and the
// arithmetic run on unboxed doubles (no runtime calls) and the TDZ checks of the two `let`s,
// proven initialised, become plain branches.
// RUN: %kiln build -O2 %s --emit=kir | FileCheck %s
// CHECK-LABEL: function kiln_js_0
// CHECK-NOT: ThrowTDZ
// CHECK: LoadStack %{{[0-9]+}} : number
// CHECK: %[[I:[0-9]+]] = UnboxNumber
// CHECK: NumberCompare < %[[I]]
// CHECK-NOT: BinaryOp
// CHECK: NumberBinary *
// CHECK: NumberBinary +
// CHECK: BoxNumber
// The TDZ errors cannot happen any more: their blocks are gone.
// CHECK-NOT: ThrowTDZ
let sum = 0;
for (let i = 0; i < 1000; i++) {
  sum = sum + i * 0.5;
}
