// an untagged template must not contain invalid escapes (a tagged one may)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}invalid-unicode-escape-in-untagged-template.js:5:6: error:

x = `\u{zz}`;
