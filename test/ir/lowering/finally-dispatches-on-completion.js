// `finally` is lowered once: a return inside try records completion kind 1 and its value, the
// exceptional path records kind 2, and the finally code dispatches on the kind afterwards.
// RUN: %kiln build -O0 %s --emit=kir | FileCheck %s
// The finally block comes first in the function's block order, then the exceptional path, then
// the protected code.
// CHECK-LABEL: function kiln_js_1 "f"
// CHECK: StrictEquals %{{[0-9]+}}, 1
// CHECK: Catch
// CHECK-NEXT: StoreStack %[[VALUE:[0-9]+]], %{{[0-9]+}}
// CHECK-NEXT: StoreStack %[[KIND:[0-9]+]], 2
// CHECK-NEXT: Branch [[FINALLY:BB[0-9]+]]
// CHECK: StoreStack %[[VALUE]], %{{[0-9]+}}
// CHECK-NEXT: StoreStack %[[KIND]], 1
// CHECK-NEXT: Branch [[FINALLY]]
// CHECK: Return
// CHECK: StrictEquals %{{[0-9]+}}, 2
// CHECK: Throw
function f(g) {
  try {
    return g();
  } finally {
    g();
  }
}
f(() => 1);
