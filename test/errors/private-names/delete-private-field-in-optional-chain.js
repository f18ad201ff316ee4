// 'delete' cannot be applied to a private member at the end of an optional chain either
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}delete-private-field-in-optional-chain.js:7:9: error:

class C {
  #x;
  m() { delete this?.#x; }
}
