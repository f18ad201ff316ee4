// '**' is right-associative, binds tighter than '*', and accepts update expressions and parenthesized unary bases
// RUN: %astdiff %s

x = 2 ** 3 ** 2;
x = -(2 ** 2);
x = (-2) ** 2;
x = a * b ** c;
x = ++a ** 2;
x = a-- ** 2;
x = 2 ** -a;
x = 2 ** typeof a;
x = (typeof a) ** 2;
x **= 2;
x = a ** b ** c ** d;
