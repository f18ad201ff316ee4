// A 5 MB string literal parses (as in node), quickly and with the same AST as acorn's.
// RUN: python3 -c "print('x = \"' + 'a' * 5000000 + '\";')" > %t.js
// RUN: %astdiff %t.js
