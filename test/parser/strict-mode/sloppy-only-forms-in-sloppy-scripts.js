// forms that only strict code rejects all parse in a sloppy script
// RUN: %astdiff %s

with (obj) { x; }
var octal = 017;
var nonOctalDecimal = 08, alsoDecimal = 09.5;
var escape = '\07', eight = '\8';
var implements, interface, package, private, protected, public, static;
var eval = 1, arguments = 2;
eval = 3;
arguments++;
delete x;
function duplicates(a, a) {}
var yield = 4;
if (x) function annexB() {}
