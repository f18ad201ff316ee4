// properties of strings like RGI_Emoji need the 'v' flag
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}property-of-strings-in-unicode-mode.js:5:6: error: {{.*}}regular expression

x = /\p{RGI_Emoji}/u;
