// templates do not allow '\8' or '\9' escapes
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}non-octal-decimal-escape-in-untagged-template.js:5:6: error:

x = `\8`;
