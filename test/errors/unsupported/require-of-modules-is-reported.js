// require() of another module needs the module linker, which kiln does not have yet: any use of
// the wrapper's `require` other than `require.main` is reported at compile time with status 3.
// RUN: not %kiln build %s -o %t 2>&1 | FileCheck %s
// RUN: sh -c '%kiln build %s -o %t 2>/dev/null; test $? -eq 3'
// CHECK: require-of-modules-is-reported.js:8:12: error: require() of modules is not supported by kiln yet
// CHECK-NEXT: const fs = require('fs');
// CHECK-NEXT: {{^           \^$}}
const fs = require('fs');
