// A variable captured by a closure lives in its scope's environment; the closure reads it
// through its own environment, one parent link up from nothing (hops 0).
// RUN: %kiln build -O0 %s --emit=kir | FileCheck %s
// CHECK-LABEL: function kiln_js_1 "counter"
// CHECK: CreateEnvironment #1
// CHECK: StoreEnvSlot [0:0]
// CHECK: CreateClosure @kiln_js_2
// CHECK-LABEL: function kiln_js_2 "" length 0 arrow
// CHECK: %[[ENV:[0-9]+]] = FunctionEnvironment
// CHECK: LoadEnvSlot [0:0] %[[ENV]]
// CHECK: StoreEnvSlot [0:0] %[[ENV]]
function counter() {
  let n = 0;
  return () => ++n;
}
counter();
