// a lexical for-in declaration cannot have an initializer (only sloppy 'var' can, Annex B)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}let-with-initializer-in-for-in.js:5:6: error:

for (let a = 1 in b) ;
