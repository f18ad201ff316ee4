// '??' chains left to right and mixes with '||' and '&&' only through parentheses
// RUN: %astdiff %s

x = a ?? b;
x = a ?? b ?? c;
x = (a || b) ?? c;
x = a ?? (b && c);
x = (a ?? b) || c;
x = a ?? b ? c : d;
x = a | b ?? c;
x = a ?? b | c;
x = a?.b ?? c;
