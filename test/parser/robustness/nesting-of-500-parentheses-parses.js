// The recursion bound leaves room for deep real code: 500 nested parentheses parse, with the same
// AST as acorn's (the bound is reached at about 750; see
// test/errors/robustness/nesting-100k-parentheses-is-too-deep.js).
// RUN: python3 -c "print('(' * 500 + 'x' + ')' * 500)" > %t.js
// RUN: %astdiff %t.js
