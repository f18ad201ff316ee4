// Annex B lets 'var' redeclare only a simple catch parameter, not a destructured one
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}var-redeclaring-destructured-catch-parameter.js:6:7: error:

try {} catch ([e]) {
  var e;
}
