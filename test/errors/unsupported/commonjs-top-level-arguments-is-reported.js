// CommonJS module code may read the wrapper function's `arguments` in node; kiln does not provide
// it and says so at compile time (status 3).
// RUN: sh -c '%kiln build %s -o %t 2>/dev/null; test $? -eq 3'
// RUN: not %kiln build %s -o %t 2>&1 | FileCheck %s
// CHECK: commonjs-top-level-arguments-is-reported.js:7:13: error: the module wrapper's arguments object is not supported by kiln yet
function inner() { return arguments.length; }
console.log(arguments.length, inner(1, 2));
