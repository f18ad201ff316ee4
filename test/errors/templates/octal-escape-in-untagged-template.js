// templates have no legacy octal escapes, in sloppy code as well
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}octal-escape-in-untagged-template.js:5:6: error:

x = `\01`;
