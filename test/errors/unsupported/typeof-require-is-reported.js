// Even `typeof require` is refused: a program that tests for require would go on to call it.
// RUN: sh -c '%kiln build %s -o %t 2>/dev/null; test $? -eq 3'
// RUN: not %kiln build %s -o %t 2>&1 | FileCheck %s
// CHECK: error: require() of modules is not supported by kiln yet
if (typeof require === 'function') console.log('node');
