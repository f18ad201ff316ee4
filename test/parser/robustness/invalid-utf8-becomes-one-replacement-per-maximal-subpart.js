// Ill-formed UTF-8 decodes to one U+FFFD per maximal subpart, as node (the WHATWG decoder) does: a
// truncated sequence E2 82 is one U+FFFD, an encoded surrogate ED A0 80 is three, an overlong
// C0 80 is two. Checked against node's Buffer.toString('utf8') and acorn.
// RUN: python3 -c 'import sys; sys.stdout.buffer.write(b"x = \"\xe2\x82|\xed\xa0\x80|\xc0\x80\";\n")' > %t.js
// RUN: %astdiff %t.js
// RUN: %kiln parse --dump-ast=json %t.js | FileCheck %s
// CHECK: "value":"�|���|��"
