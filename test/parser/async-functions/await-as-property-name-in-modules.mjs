// where 'await' is reserved (module code) it stays usable as a property name and method name
// RUN: %astdiff %s

export const o = { await: 1 };
o.await;
class C { await() {} static await = 1; }
o?.await;
