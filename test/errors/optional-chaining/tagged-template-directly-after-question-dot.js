// '?.' cannot be followed directly by a template
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}tagged-template-directly-after-question-dot.js:5:4: error:

a?.`text`;
