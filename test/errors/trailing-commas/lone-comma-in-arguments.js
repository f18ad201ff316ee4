// a trailing comma needs an argument before it
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}lone-comma-in-arguments.js:5:3: error:

f(,);
