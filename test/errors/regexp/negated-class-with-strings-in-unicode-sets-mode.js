// a negated class cannot contain a property of strings
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}negated-class-with-strings-in-unicode-sets-mode.js:5:6: error: {{.*}}regular expression

x = /[^\p{RGI_Emoji}]/v;
