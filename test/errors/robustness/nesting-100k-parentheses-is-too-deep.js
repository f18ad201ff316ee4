// 100,000 nested parentheses: ((((x))))
// Well-formed, but deeper than the parser's recursion bound: a SyntaxError at the construct
// that crosses the bound, no crash, no hang.
// Node fails on this input with "RangeError: Maximum call stack size exceeded"; kiln stops at
// Parser::kMaxDepth with a located SyntaxError instead (the column depends on that bound).
// RUN: python3 -c "print('(' * 100000 + 'x' + ')' * 100000)" > %t.js
// RUN: not %kiln parse %t.js 2>&1 | FileCheck %s
// CHECK: {{.*}}nesting-100k-parentheses-is-too-deep.js.tmp.js:1:{{[0-9]+}}: error: SyntaxError: nesting is too deep
