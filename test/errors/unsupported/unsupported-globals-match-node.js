// The globals the compiler refuses (frontend/irgen/UnsupportedGlobals.def) are exactly those node
// has and kiln's runtime lacks; a program using one is refused with status 3, naming it.
// RUN: %kiln build %S/Inputs/global-names.js -o %t && %t > %t.kiln
// RUN: %node %S/Inputs/global-names.js > %t.node
// RUN: %node %S/Inputs/check-unsupported-globals.js %t.node %t.kiln %S/../../../frontend/irgen/UnsupportedGlobals.def | FileCheck %s --check-prefix=LIST
// LIST: ok:
// RUN: sh -c '%kiln build %s -o %t 2>/dev/null; test $? -eq 3'
// RUN: not %kiln build %s -o %t 2>&1 | FileCheck %s
// CHECK: unsupported-globals-match-node.js:10:1: error: the global 'setTimeout' is not supported by kiln yet
setTimeout(() => console.log('later'), 0);
