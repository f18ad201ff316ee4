// a label applies to a statement, and a lexical declaration is not one
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}labelled-lexical-declaration.js:5:4: error:

l: const x = 1;
