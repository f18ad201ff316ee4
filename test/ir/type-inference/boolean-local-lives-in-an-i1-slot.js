// A local proven a boolean wherever it is read lives in an i1 slot: a comparison's i1 is stored
// as it is, and a test of the local branches on the loaded i1 (no ToBoolean call, no boxing).
// A boolean that comes from generic code (here `>` on a parameter) is unboxed once, where it is
// stored, by comparing it with true.
// RUN: %kiln build -O2 %s --emit=kir | FileCheck %s --implicit-check-not=ToBoolean \
// RUN:   --implicit-check-not=BoolToValue
// CHECK-LABEL: function kiln_js_1 "search"
// CHECK: AllocStackBool
// CHECK: StoreStackBool %[[FOUND:[0-9]+]], false
// CHECK: %[[C:[0-9]+]] = NumberCompare > %{{[0-9]+}}, 20
// CHECK: StoreStackBool %[[FOUND]], %[[C]]
// RUN: %kiln build -O2 %s --emit=kir | FileCheck %s --check-prefix=TEST
// TEST-LABEL: function kiln_js_1 "search"
// TEST: %[[F:[0-9]+]] = LoadStackBool
// TEST: CondBranch %[[F]], BB{{[0-9]+}}, BB{{[0-9]+}}
// CHECK-LABEL: function kiln_js_2 "above"
// CHECK: %[[G:[0-9]+]] = BinaryOp > %{{[0-9]+}}, %{{[0-9]+}} : boolean
// CHECK: %[[U:[0-9]+]] = UnboxBoolean %[[G]]
// CHECK-NEXT: StoreStackBool %{{[0-9]+}}, %[[U]]
function search() {
  let found = false;
  for (let k = 0; k < 10 && !found; k++) found = k * k > 20;
  return found ? 'yes' : 'no';
}
function above(limit) {
  let done = false;
  let k = 0;
  while (!done) {
    done = k > limit;
    k = k + 1;
  }
  return k;
}
console.log(search(), above(5));
