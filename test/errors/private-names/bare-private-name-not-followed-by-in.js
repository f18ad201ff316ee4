// a private name alone is not an expression; only '#x in obj' is
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}bare-private-name-not-followed-by-in.js:7:18: error:

class C {
  #x;
  m() { return #x; }
}
