// with 'u', a lone '{' is not a literal character (it is in Annex B patterns without 'u')
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}lone-brace-in-unicode-mode.js:5:6: error: {{.*}}regular expression

x = /{/u;
