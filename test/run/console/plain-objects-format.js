// plain objects print as { key: value } with nested objects inline and {} for empty ones
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log({});
console.log({ a: 1 });
console.log({ a: 1, b: 'two', c: [3] });
console.log({ outer: { inner: { x: 1 } } });
console.log({ list: [], obj: {} });
console.log({ n: -0, nan: NaN, inf: -Infinity });
console.log([{ a: 1 }, { b: 2 }]);
