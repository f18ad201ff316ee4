// in a script, top-level 'await x' is the identifier 'await' followed by an unexpected identifier
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}await-expression-at-script-top-level.js:5:7: error:

await x;
