// An invalid UTF-8 byte (0xFF) inside a string literal is valid: like node, which decodes source
// files with replacement, kiln reads it as U+FFFD (written as raw UTF-8 in the JSON AST).
// RUN: python3 -c 'import sys; sys.stdout.buffer.write(b"x = \"a\xffb\";\n")' > %t.js
// RUN: %astdiff %t.js
// RUN: %kiln parse --dump-ast=json %t.js | FileCheck %s
// CHECK: "value":"a�b"
