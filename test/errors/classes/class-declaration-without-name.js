// class declarations need a name outside 'export default'
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}class-declaration-without-name.js:5:7: error:

class {}
