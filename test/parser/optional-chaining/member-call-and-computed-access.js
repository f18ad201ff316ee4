// '?.' before property names, computed members and calls, chained and mixed with plain accesses
// RUN: %astdiff %s

a?.b;
a?.[0];
a?.b.c.d;
a?.(1, 2);
a.b?.();
a?.b?.c?.[d]?.(e);
a?.b.c(d).e;
delete a?.b;
delete a?.[b];
