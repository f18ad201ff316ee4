// The process and console members the compiler refuses (frontend/irgen/UnsupportedMembers.def)
// are exactly those node has and kiln's runtime lacks; a program naming one is refused with
// status 3, naming it.
// RUN: %kiln build %S/Inputs/member-names.js -o %t && %t > %t.kiln
// RUN: %node %S/Inputs/member-names.js > %t.node
// RUN: %node %S/Inputs/check-unsupported-members.js %t.node %t.kiln %S/../../../frontend/irgen/UnsupportedMembers.def | FileCheck %s --check-prefix=LIST
// LIST: ok:
// RUN: sh -c '%kiln build %s -o %t 2>/dev/null; test $? -eq 3'
// RUN: not %kiln build %s -o %t 2>&1 | FileCheck %s
// CHECK: unsupported-members-match-node.js:11:1: error: process.nextTick is not supported by kiln yet
process.nextTick(() => console.log('later'));
