// A string literal still open at the end of the file (no newline after it); node --check rejects it.
// RUN: python3 -c "import sys; sys.stdout.write('x = \"abc')" > %t.js
// RUN: not %kiln parse %t.js 2>&1 | FileCheck %s
// CHECK: {{.*}}unterminated-string-at-eof.js.tmp.js:1:5: error: SyntaxError: unterminated string literal
