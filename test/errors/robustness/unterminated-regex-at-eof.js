// A regular expression literal still open at the end of the file; node --check rejects it. The
// location is the body's first character, after the '/', as acorn reports it.
// RUN: python3 -c "import sys; sys.stdout.write('x = /abc')" > %t.js
// RUN: not %kiln parse %t.js 2>&1 | FileCheck %s
// CHECK: {{.*}}unterminated-regex-at-eof.js.tmp.js:1:6: error: SyntaxError: unterminated regular expression
