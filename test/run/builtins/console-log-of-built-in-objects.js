// console.log of built-in constructors, prototypes, namespaces, boxed primitives and objects made from built-in prototypes
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Math, JSON, Object, Symbol, Array.prototype, Object.prototype, Map.prototype, WeakMap.prototype, Error.prototype);
console.log([Math.max, Array, Array.from, WeakMap.prototype.get]);
console.log(new Error('x').message, Object(Symbol('s')), Object(1n), [Object('ab')]);
console.log(Number.prototype, String.prototype, Boolean.prototype, Function.prototype, Symbol.prototype);
console.log([1.5, -0, 0, 1e21, 1e-7, 123456789012345680000], [NaN, Infinity]);
console.log({ a: { b: { c: { d: { e: 1 } } } } }, [[[[[1]]]]]);
console.log(new Map([[new Map(), new Set()]]), new Set([new WeakSet()]));
console.log([new Number(1), new String('s'), new Boolean(true), Object(Symbol.iterator)]);
console.log(Object.assign(() => 1, { prop: 1 }), Object.assign(function named() {}, { a: 1, b: 'x' }));
console.log(Object.assign(new Error('with props'), { code: 'E1' }).code);
console.log(Object.create(Array.prototype), Object.create(Map.prototype), Object.create(Error.prototype));
class Foo { constructor() { this.x = 1; } get y() { return 2; } static z = 3; }
console.log(new Foo(), Foo, [Foo], Object.create(Foo.prototype));
console.log(Object.setPrototypeOf({ a: 1 }, null), Object.setPrototypeOf([1, 2], null), Object.setPrototypeOf(new Map([[1,2]]), null));
console.log(Array(3).fill(), [,'a'], Object.assign([1,2], { x: 'y' }), Object.assign([], { '-1': 'neg' }));
console.log(String(Symbol.iterator), `${[1, [2, 3]]}`, String(null), [undefined] + '', [null] + '', [[]] + '', {} + '');
