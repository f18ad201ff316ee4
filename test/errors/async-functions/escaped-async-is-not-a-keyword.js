// 'async' written with an escape is an identifier, so 'function' cannot follow it on the same line
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}escaped-async-is-not-a-keyword.js:5:12: error:

\u0061sync function f() {}
