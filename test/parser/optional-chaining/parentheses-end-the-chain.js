// parenthesizing an optional chain ends it: the outer access is an ordinary one (ChainExpression inside)
// RUN: %astdiff %s

(a?.b).c;
(a?.b)();
(a?.b)[0];
(a?.b)`tag`;
new (a?.b)();
