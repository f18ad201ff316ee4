// With --script the file is a classic Script (global code), as conformance suites need: top-level
// `var` and function declarations become properties of the global object, `let` does not, and
// top-level `this` is the global object. Expected output: what node prints for
// `vm.runInThisContext(source)`, which runs a Script.
// RUN: %kiln build --script %s -o %t
// RUN: %t | FileCheck %s
// RUN: %node -e "require('vm').runInThisContext(require('fs').readFileSync(process.argv[1], 'utf8'))" %s | FileCheck %s
// CHECK: 1 function true true
// CHECK-NEXT: undefined 2
// CHECK-NEXT: 5 false
var x = 1;
function f() { return this === globalThis; }
console.log(globalThis.x, typeof globalThis.f, f(), this === globalThis);
let y = 2;
console.log(globalThis.y, y);
x = 5;
console.log(globalThis.x, delete globalThis.x);
