// lookbehind assertions can never be quantified, even without 'u'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}quantified-lookbehind.js:5:6: error: {{.*}}regular expression

x = /(?<=a)*/;
