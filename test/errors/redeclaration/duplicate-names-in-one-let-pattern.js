// one lexical declaration cannot bind the same name twice
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-names-in-one-let-pattern.js:5:9: error:

let [a, a] = x;
