// A template substitution still open at the end of the file: the expression is missing.
// RUN: python3 -c "import sys; sys.stdout.write('x = `abc${')" > %t.js
// RUN: not %kiln parse %t.js 2>&1 | FileCheck %s
// CHECK: {{.*}}unterminated-template-substitution-at-eof.js.tmp.js:1:11: error: SyntaxError: unexpected end of input
