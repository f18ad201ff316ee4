// '\x' must be followed by two hex digits in an untagged template
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}invalid-hex-escape-in-untagged-template.js:5:6: error:

x = `\xg`;
