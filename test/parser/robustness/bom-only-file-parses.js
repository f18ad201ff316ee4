// A file holding only a UTF-8 byte order mark is an empty script (node --check accepts it). The BOM
// is one character of source text, as in acorn: the program ends at offset 1.
// RUN: python3 -c 'import sys; sys.stdout.buffer.write(b"\xef\xbb\xbf")' > %t.js
// RUN: %astdiff %t.js
// RUN: %kiln parse --dump-ast=json %t.js | FileCheck %s
// CHECK: {"type":"Program","start":0,"end":1,{{.*}}"body":[],"sourceType":"script"}
