// '?.' followed by a decimal digit is a conditional operator and a number, not an optional chain
// RUN: %astdiff %s

x = a?.5:1;
x = a ?.0 : b;
x = a?.1e1:.2;
