// delete on an optional chain: true (and nothing deleted) when the chain short-circuits.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
const o = { a: { b: 1, c: 2 } };
let n = null;
console.log(delete o?.a.b, o.a, delete n?.x, delete n?.x.y, delete o.a?.['c'], o.a, delete o.missing?.z);
