// arrow parameter lists: bare, parenthesized, defaults, patterns, rest, trailing comma, nested arrows
// RUN: %astdiff %s

x => x;
(x) => x;
(x, y) => x;
(x = 1, { y }, [z], ...rest) => {};
() => ({});
(a, b) => (c, d) => a;
x => y => z;
() => { return; };
(a,) => a;
({ a } = {}) => a;
([a, b] = [1, 2]) => a;
