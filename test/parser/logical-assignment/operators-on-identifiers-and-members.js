// '&&=', '||=' and '??=' on identifiers, members and parenthesized targets; right-associative
// RUN: %astdiff %s

a &&= b;
a ||= b;
a ??= b;
obj.p &&= 1;
obj[key] ||= {};
this.cache ??= new Map();
a ||= b ||= c;
x = (y ??= z);
(a) &&= 1;
(a.b) ??= 2;
