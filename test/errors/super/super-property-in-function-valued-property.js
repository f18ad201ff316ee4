// a function expression stored in an object property is not a method: it has no super
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}super-property-in-function-valued-property.js:6:20: error: {{.*}}super

({
  f: function () { super.x; },
});
