// console.log's util.format: %s %d %i %f %j %o %O %c %%, extra arguments, and inspect of nested values
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('%s is %d years and %i days', 'Bob', 42.9, 7.8);
console.log('%s', 'a', 'extra', 1, { b: 2 });
console.log('%d %d %d %d', '42', 'x', -0, 1.5e300, 'unused');
console.log('%i %i %i', 3.99, '-7.5', 'z');
console.log('%f %f %f', '3.5', 1, 'abc');
console.log('%j', { a: [1, 'x'] }, '%j');
console.log('%o', { nested: { deep: [1, 2] } });
console.log('%O', { nested: { deep: { deeper: { deepest: 1 } } } });
console.log('%c styled %c', 'color: red', 'font-weight: bold', 'after');
console.log('100%% sure %s', 'yes', '%s');
console.log('%s %s', 'only one');
console.log('%x %', 1);
console.log('%s', Symbol('sym'), null, undefined);
console.log('%s', { toString() { return 'custom toString'; } }, [1, [2, [3, [4]]]], new Map([[1, { a: 1 }]]));
console.log('%s|%s|%s', -0, [-0], { a: -0 });
console.log('%d', {}), console.log('%i', []);
console.log(1, 'two', [3], { four: 4 }, null, undefined, true, -0, NaN, Symbol.iterator);
console.log(['a\nb', "it's", 'say "hi"', `both ' and "`, 'back`tick'], { 'key-with-dash': 1, valid_id: 2, 3: 'num' });
console.log({ s: 'x'.repeat(100) }, ['y'.repeat(20), 'z'.repeat(20), 'w'.repeat(20), 'v'.repeat(20)]);
console.log(new Array(5), [1, , 3], [undefined, null], Object.create(null), { __proto__: null, x: 1 });
console.log({ f() {}, g: function () {}, h: () => {}, k: class {}, l: class Named {} });
console.log([new Error('in array')].length, { get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} });
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['k' + i, i])));
const circular = { name: 'c' };
circular.self = circular;
circular.list = [circular, { back: circular }];
console.log(circular);
console.log();
console.log('');
console.log(' ', '');
