// A string may hold a lone surrogate through an escape (valid in node); the JSON AST, which must
// stay valid UTF-8, writes it as an escape too. In an identifier the same escape is an error:
// test/errors/robustness/lone-surrogate-escape-in-identifier-is-an-error.js.
// RUN: %astdiff %s
// RUN: %kiln parse --dump-ast=json %s | FileCheck %s
// CHECK: "value":"\ud800"
// CHECK: "value":"\udc00x"

x = "\uD800";
y = '\uDC00x';
