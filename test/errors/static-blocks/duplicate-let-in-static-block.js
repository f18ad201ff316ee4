// a static block is a lexical scope: a 'let' name may be declared only once in it
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-let-in-static-block.js:8:9: error:

class C {
  static {
    let a;
    let a;
  }
}
