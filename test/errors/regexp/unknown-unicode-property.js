// '\p{...}' must name a known Unicode property
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}unknown-unicode-property.js:5:6: error: {{.*}}regular expression

x = /\p{NotAProperty}/u;
