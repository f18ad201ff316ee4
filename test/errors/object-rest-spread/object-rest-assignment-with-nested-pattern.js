// an object rest element in an assignment pattern must be a simple target, not a pattern
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}object-rest-assignment-with-nested-pattern.js:5:7: error:

({ ...{ a } } = c);
