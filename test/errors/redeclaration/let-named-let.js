// a lexical declaration cannot bind the name 'let'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}let-named-let.js:5:5: error: {{.*}}let

let let = 1;
