// object literals cannot have private-name keys
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}private-name-in-object-literal.js:7:18: error:

class C {
  #x;
  m() { return { #x: 1 }; }
}
