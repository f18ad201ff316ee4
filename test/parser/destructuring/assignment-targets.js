// assignment patterns whose targets are identifiers, members, nested patterns, defaults and parenthesized simple targets
// RUN: %astdiff %s

[a, b] = [b, a];
[a.b, c[0], ...d.e] = x;
({ a: b.c, d: e[0], ...f.g } = x);
[a = 1, [b] = [], { c } = {}] = x;
({ a = 1, b: { c } = {} } = x);
[, , a, , ] = x;
[(a), (b.c)] = x;
({ a: (b) } = x);
[...[a, b]] = x;
[...{ length }] = x;
({ 'quoted': a, [computed]: b, 1: c } = x);
[x.y = 1] = z;
