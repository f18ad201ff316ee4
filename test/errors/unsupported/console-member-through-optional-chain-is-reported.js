// `console?.X` names the member as surely as `console.X` does.
// RUN: sh -c '%kiln build %s -o %t 2>/dev/null; test $? -eq 3'
// RUN: not %kiln build %s -o %t 2>&1 | FileCheck %s
// CHECK: console-member-through-optional-chain-is-reported.js:7:13: error: console.profile is not supported by kiln yet
console.log('before');
if (false) {
  const f = console?.profile;
}
