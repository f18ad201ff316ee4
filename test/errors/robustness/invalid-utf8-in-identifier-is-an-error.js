// An invalid UTF-8 byte (0xFF) inside an identifier decodes to U+FFFD, which cannot be part of an
// identifier: an error at that character (node --check: "Invalid or unexpected token").
// RUN: python3 -c 'import sys; sys.stdout.buffer.write(b"var a\xffb;\n")' > %t.js
// RUN: not %kiln parse %t.js 2>&1 | FileCheck %s
// CHECK: {{.*}}invalid-utf8-in-identifier-is-an-error.js.tmp.js:1:6: error: SyntaxError: unexpected character U+FFFD
