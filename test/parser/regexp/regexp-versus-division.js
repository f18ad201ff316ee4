// the token before '/' decides between division and a regular expression literal
// RUN: %astdiff %s

x = a / b / c;
x = a++ / 2 / c;
x = (a) / 2 / g;
if (ok) /pattern/g.test(s);
function f() { return /re/; }
x = {} / 1;
{} /foo/g;
function* g() { yield /re/; }
x = y
/foo/g;
x = typeof /re/;
x = [/re/] / 1;
