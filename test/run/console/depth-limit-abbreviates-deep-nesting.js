// nesting deeper than two levels below the top prints as [Object] or [Array]
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log({ a: { b: { c: { d: 1 } } } });
console.log([[[[1]]]]);
console.log({ a: { b: { c: [1], d: {} } } });
console.log([1, [2, [3, [4, [5]]]]]);
console.log({ l1: [{ l3: { l4: 'hidden' } }] });
console.log([{ a: { b: 1 } }], { x: [[{ y: 1 }]] });
