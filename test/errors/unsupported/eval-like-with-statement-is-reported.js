// `with` cannot be compiled ahead of time: the build says so and exits with status 3.
// RUN: not %kiln build %s -o %t 2>&1 | FileCheck %s
// RUN: sh -c '%kiln build %s -o %t 2>/dev/null; test $? -eq 3'
// CHECK: eval-like-with-statement-is-reported.js:6:1: error: 'with' statements cannot be compiled ahead of time
var o = {};
with (o) {}
