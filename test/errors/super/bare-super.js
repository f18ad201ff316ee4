// 'super' must be followed by '(', '.' or '['; acorn reports the token after 'super'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}bare-super.js:6:14: error:

class C extends B {
  m() { super; }
}
