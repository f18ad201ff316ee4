// Valid JavaScript that kiln cannot compile yet fails the build with status 3 and a diagnostic
// that names the construct at its position.
// RUN: not %kiln build %s -o %t 2>&1 | FileCheck %s
// RUN: sh -c '%kiln build %s -o %t 2>/dev/null; test $? -eq 3'
// CHECK: generator-is-reported.js:6:1: error: generators is not supported by kiln yet
function* numbers() {}
