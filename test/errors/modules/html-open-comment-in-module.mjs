// HTML-like comments (Annex B) are not recognized in module code
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}html-open-comment-in-module.mjs:6:1: error:

x = 1;
<!-- not a comment in a module
