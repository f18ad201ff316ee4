// A program that is not valid JavaScript fails the build with status 1 and a SyntaxError.
// RUN: not %kiln build %s -o %t 2>&1 | FileCheck %s
// RUN: sh -c '%kiln build %s -o %t 2>/dev/null; test $? -eq 1'
// CHECK: syntax-error-exits-with-status-1.js:6:9: error: SyntaxError:
let x = 1;
let y = ;
