// a string-literal field name 'constructor' is forbidden just like the identifier
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}string-field-named-constructor.js:6:3: error: {{.*}}constructor

class C {
  'constructor';
}
