// A template literal still open at the end of the file; node --check rejects it.
// RUN: python3 -c "import sys; sys.stdout.write('x = `abc')" > %t.js
// RUN: not %kiln parse %t.js 2>&1 | FileCheck %s
// CHECK: {{.*}}unterminated-template-at-eof.js.tmp.js:1:5: error: SyntaxError: unterminated template literal
