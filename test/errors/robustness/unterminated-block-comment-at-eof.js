// A block comment still open at the end of the file; node --check rejects it.
// RUN: python3 -c "import sys; sys.stdout.write('x = 1; /* abc')" > %t.js
// RUN: not %kiln parse %t.js 2>&1 | FileCheck %s
// CHECK: {{.*}}unterminated-block-comment-at-eof.js.tmp.js:1:8: error: SyntaxError: unterminated comment
