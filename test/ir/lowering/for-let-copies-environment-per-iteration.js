// `for (let i ...)` with a captured `i` gives every iteration its own environment: the loop's
// continue block creates a fresh environment and copies the binding before the update.
// RUN: %kiln build -O0 %s --emit=kir | FileCheck %s
// CHECK-LABEL: function kiln_js_0
// The first environment is the loop head's; the second is made in the continue block.
// CHECK-COUNT-2: CreateEnvironment #1
// CHECK-NEXT: %[[I:[0-9]+]] = LoadEnvSlot [0:0]
// CHECK-NEXT: StoreEnvSlot [0:0] %{{[0-9]+}}, %[[I]]
// CHECK-NEXT: StoreStack
// CHECK: CreateClosure @kiln_js_1
const fns = [];
for (let i = 0; i < 3; i = i + 1) {
  fns[i] = () => i;
}
