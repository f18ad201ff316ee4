// An arrow's `this` is the enclosing function's: the function stores its this in a captured
// binding that the arrow reads from the environment.
// RUN: %kiln build -O0 %s --emit=kir | FileCheck %s
// CHECK-LABEL: function kiln_js_1 "method"
// CHECK: %[[T:[0-9]+]] = GetThis
// CHECK: StoreEnvSlot [0:0] %{{[0-9]+}}, %[[T]]
// CHECK-LABEL: function kiln_js_2 "" length 0 arrow
// CHECK-NOT: GetThis
// CHECK: LoadEnvSlot [0:0]
function method() {
  return () => this;
}
method();
