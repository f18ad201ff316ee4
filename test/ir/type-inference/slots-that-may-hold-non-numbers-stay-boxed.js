// Slots stay boxed where a load may see something other than a number: a variable read before
// its first assignment (undefined), one that sometimes holds a string, one whose value comes from
// generic code. A captured variable lives in an environment, not a slot, and stays boxed too.
// Only `n` and the loop counter, numbers wherever they are read, get double slots.
// RUN: %kiln build -O2 %s --emit=kir | FileCheck %s
// CHECK-LABEL: function kiln_js_1 "f"
// CHECK-COUNT-2: AllocStackDouble
// CHECK-NOT: AllocStackDouble
// CHECK: LoadStack %{{[0-9]+}} : number|undefined
// CHECK: LoadStack %{{[0-9]+}} : int32|string
// CHECK: LoadEnvSlot
// CHECK: {{^}}}
function f(flag, input) {
  var early;
  let n = 1;
  let mixed = 2;
  if (flag) mixed = 'two';
  let outside = input;
  let captured = 0;
  const bump = () => ++captured;
  for (let i = 0; i < 3; i++) {
    n = n * 2;
    early = n + 1;
  }
  console.log(early, mixed + 1, outside, n, bump());
  return early;
}
f(true, 3);
