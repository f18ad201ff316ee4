// no semicolon is inserted when the next line's first token extends the expression: call, member, template, division
// RUN: %astdiff %s

a = b
(c);
d = e
[0];
f = g
`tagged`;
h = i
/j/g;
k = l
.m;
