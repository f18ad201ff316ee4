// Calls through a function declaration's binding that is never reassigned call the function's
// code directly (CallDirect), recursion included; a reassigned binding keeps the generic call.
// RUN: %kiln build -O0 %s --emit=kir | FileCheck %s
// CHECK-LABEL: function kiln_js_0
// CHECK: CallDirect @kiln_js_1 %{{[0-9]+}}, undefined, 25
// CHECK: Call %{{[0-9]+}}, undefined
// CHECK-LABEL: function kiln_js_1 "fib"
// CHECK-COUNT-2: CallDirect @kiln_js_1
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function later() {}
fib(25);
later = function () {};
later();
