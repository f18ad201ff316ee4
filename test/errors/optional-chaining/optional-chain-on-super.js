// 'super' cannot start an optional chain
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}optional-chain-on-super.js:6:14: error:

class A extends B {
  m() { super?.x; }
}
