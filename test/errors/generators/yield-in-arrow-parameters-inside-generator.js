// arrow parameters inside a generator may not contain a yield expression
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}yield-in-arrow-parameters-inside-generator.js:6:8: error: {{.*}}yield

function* g() {
  (a = yield) => a;
}
