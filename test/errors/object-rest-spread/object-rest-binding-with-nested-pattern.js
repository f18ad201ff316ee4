// an object rest element in a binding pattern must be a plain identifier
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}object-rest-binding-with-nested-pattern.js:5:10: error:

let { ...{ a } } = c;
