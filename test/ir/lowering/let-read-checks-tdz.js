// Reading a let binding checks for the uninitialised marker and throws the TDZ error.
// RUN: %kiln build -O0 %s --emit=kir | FileCheck %s
// CHECK: StoreStack %[[SLOT:[0-9]+]], empty
// CHECK: %[[V:[0-9]+]] = LoadStack %[[SLOT]]
// CHECK: IsEmpty %[[V]]
// CHECK: ThrowTDZ 'x'
let x = 1;
x;
