// where only a Statement is allowed, 'let' followed by a line break and an identifier is the identifier 'let' (then ASI)
// RUN: %astdiff %s

if (cond) let
y = 1;
do let
while (0);
while (false) let
z;
