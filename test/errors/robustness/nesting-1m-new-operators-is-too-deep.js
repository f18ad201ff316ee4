// 1,000,000 nested new operators: new new new X
// Well-formed, but deeper than the parser's recursion bound: a SyntaxError at the construct
// that crosses the bound, no crash, no hang.
// Node fails on this input with "RangeError: Maximum call stack size exceeded"; kiln stops at
// Parser::kMaxDepth with a located SyntaxError instead (the column depends on that bound).
// Regression: parseNew reached itself through parseExprAtom without counting a level, so kiln
// accepted 100,000 levels and overflowed its stack (SIGSEGV) at 1,000,000.
// RUN: python3 -c "print('new ' * 1000000 + 'X')" > %t.js
// RUN: not %kiln parse %t.js 2>&1 | FileCheck %s
// CHECK: {{.*}}nesting-1m-new-operators-is-too-deep.js.tmp.js:1:{{[0-9]+}}: error: SyntaxError: nesting is too deep
