// only plain function declarations may be labelled, never generators; acorn reports the '*'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}labelled-generator-declaration.js:5:12: error:

l: function* g() {}
