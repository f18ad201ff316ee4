// with 'v', '&&' and '--' cannot be mixed in one class without nesting
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}mixed-set-operators-in-unicode-sets-mode.js:5:6: error: {{.*}}regular expression

x = /[a&&b--c]/v;
