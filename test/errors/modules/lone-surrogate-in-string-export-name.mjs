// a string export name must be well-formed Unicode: a lone surrogate is an error
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}lone-surrogate-in-string-export-name.mjs:6:15: error:

const x = 1;
export { x as "\uD800" };
