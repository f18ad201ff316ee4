// \uD800 escapes a lone surrogate, which is not an identifier character (node --check: "Invalid or
// unexpected token"). In a string the same escape is valid:
// test/parser/robustness/lone-surrogate-escape-in-string-is-valid.js.
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}lone-surrogate-escape-in-identifier-is-an-error.js:7:5: error: SyntaxError: invalid Unicode escape sequence in identifier

var \uD800;
