// 'let' followed by a line break and then an identifier, '[' or '{' is still a lexical declaration
// RUN: %astdiff %s

let
x = 1;
let
[a] = b;
let
{ c } = d;
