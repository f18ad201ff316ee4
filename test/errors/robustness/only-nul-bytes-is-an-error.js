// A file of 1,000 NUL bytes: U+0000 is not a token or whitespace (node --check: "Invalid or
// unexpected token"). The diagnostic must not print raw NULs.
// RUN: python3 -c "import sys; sys.stdout.write(chr(0) * 1000)" > %t.js
// RUN: not %kiln parse %t.js 2>&1 | FileCheck %s
// CHECK: {{.*}}only-nul-bytes-is-an-error.js.tmp.js:1:1: error: SyntaxError: unexpected character U+0000
