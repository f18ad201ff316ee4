// `+` with a string operand is concatenation: it stays a runtime operation, typed string; the
// numeric operation next to it is unboxed.
// RUN: %kiln build -O2 %s --emit=kir | FileCheck %s
// CHECK: NumberBinary -
// CHECK: BinaryOp + "n=", %{{[0-9]+}} : string
let n = 10;
n = n - 1;
const label = "n=" + n;
