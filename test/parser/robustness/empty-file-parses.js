// An empty file is an empty script (node --check accepts it).
// RUN: python3 -c "" > %t.js
// RUN: %astdiff %t.js
// RUN: %kiln parse --dump-ast=json %t.js | FileCheck %s
// CHECK: {"type":"Program","start":0,"end":0,{{.*}}"body":[],"sourceType":"script"}
