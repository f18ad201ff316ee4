// A raw NUL byte inside a string literal (or a template) is an ordinary character: valid in node,
// and kept in the value, which the JSON AST writes as \u0000.
// RUN: python3 -c "import sys; sys.stdout.write('x = \"a' + chr(0) + 'b\";\ny = `c' + chr(0) + 'd`;\n')" > %t.js
// RUN: %astdiff %t.js
// RUN: %kiln parse --dump-ast=json %t.js | FileCheck %s
// CHECK: "value":"a\u0000b"
// CHECK: "cooked":"c\u0000d"
