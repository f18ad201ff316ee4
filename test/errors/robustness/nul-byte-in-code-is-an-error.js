// A NUL byte between statements is an error (node --check agrees); inside a string it is valid
// (test/parser/robustness/nul-byte-in-string-literal-is-valid.js).
// RUN: python3 -c "import sys; sys.stdout.write('x = 1;' + chr(0) + 'y = 2;')" > %t.js
// RUN: not %kiln parse %t.js 2>&1 | FileCheck %s
// CHECK: {{.*}}nul-byte-in-code-is-an-error.js.tmp.js:1:7: error: SyntaxError: unexpected character U+0000
