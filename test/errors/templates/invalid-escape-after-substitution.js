// invalid escapes are errors in every part of an untagged template
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}invalid-escape-after-substitution.js:5:10: error:

x = `${a}\u`;
