// A decimal literal of 1,000,000 digits parses (as in node); its value overflows to Infinity, which
// the JSON AST writes as null, like acorn's.
// RUN: python3 -c "print('x = ' + '7' * 1000000 + ';')" > %t.js
// RUN: %astdiff %t.js
// RUN: %kiln parse --dump-ast=json %t.js | FileCheck %s
// CHECK: "type":"Literal",{{.*}}"value":null,
