// class names are bound in strict code, where 'let' is reserved
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}class-named-let.js:5:7: error: {{.*}}let

class let {}
