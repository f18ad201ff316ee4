// two plain '__proto__: value' properties in one object literal are an error (Annex B)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}duplicate-proto-properties.js:7:3: error: {{.*}}__proto__

x = {
  __proto__: a,
  __proto__: b,
};
