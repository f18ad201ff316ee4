// A chain of 200,000 `+` terms is parsed by a loop, but the tree it builds is 200,000 levels deep:
// dumping it as JSON must not overflow the stack (it did, on the main thread's 8 MB stack).
// Node accepts this program.
// RUN: python3 -c "print('x' + ' + x' * 200000)" > %t.js
// RUN: %kiln parse %t.js --dump-ast=json | tail -c 40 | FileCheck %s
// CHECK: "sourceType":"script"}
