// A number local in an unboxed slot is boxed once, where its value leaves for generic code (here
// the return); the loop that computes it loads and stores doubles only.
// RUN: %kiln build -O2 %s --emit=kir | FileCheck %s
// CHECK-LABEL: function kiln_js_1 "total"
// CHECK-NOT: UnboxNumber
// CHECK-NOT: BoxNumber
// CHECK: %[[B:[0-9]+]] = BoxNumber %{{[0-9]+}} : number
// CHECK-NOT: BoxNumber
// CHECK: Return %[[B]]
// CHECK-NOT: UnboxNumber
// CHECK-NOT: BoxNumber
// CHECK: {{^}}}
function total() {
  let s = 0;
  for (let i = 0; i < 100; i++) s = s + i / 3;
  return s;
}
console.log(total());
