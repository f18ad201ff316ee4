// JSON.stringify: values, key order, toJSON, replacer functions and arrays, indentation, escaping
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(JSON.stringify({ b: 1, a: [1, 'two', null, true], 2: 'num', 1: 'first', n: { x: -0 } }));
console.log(JSON.stringify('he said "hi"\n\t\u0001\u007f\u2028'), JSON.stringify('\ud800'), JSON.stringify('😀'), JSON.stringify('\udc00\ud800'));
console.log(JSON.stringify(NaN), JSON.stringify(-Infinity), JSON.stringify(-0), JSON.stringify(1e21), JSON.stringify(0.1 + 0.2), JSON.stringify(5e-7));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(Symbol()), JSON.stringify(null), JSON.stringify([undefined, () => 1, Symbol()]));
console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol(), [Symbol('k')]: 1, ok: 1 }), JSON.stringify(new Boolean(false)), JSON.stringify(new String('s')), JSON.stringify(new Number(3)));
console.log(JSON.stringify(Object.create({ inherited: 1 })), JSON.stringify(Object.defineProperty({}, 'hidden', { value: 1 })), JSON.stringify([, 1]));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(new WeakMap()), JSON.stringify(new Error('e')), JSON.stringify(Object('str')));
// toJSON
const withToJSON = { toJSON(key) { return 'toJSON called with key ' + JSON.stringify(key); } };
console.log(JSON.stringify(withToJSON), JSON.stringify({ nested: withToJSON }), JSON.stringify([withToJSON]));
console.log(JSON.stringify({ toJSON() { return undefined; } }), JSON.stringify({ a: { toJSON() { return { deep: true }; } } }), JSON.stringify({ toJSON: 5 }));
// replacer function: called with holder as this, root key ''
const calls = [];
console.log(JSON.stringify({ a: 1, b: [2, 3], c: 'x' }, function (k, v) {
  calls.push(`${JSON.stringify(k)} ${Array.isArray(this) ? 'array' : typeof this}`);
  return typeof v === 'number' ? v + 100 : v;
}));
console.log(calls.join(' | '));
console.log(JSON.stringify({ a: 1, b: 2 }, (k, v) => (k === 'a' ? undefined : v)), JSON.stringify(5, (k, v) => ({ wrapped: v })));
// replacer array: property list, numbers become keys, duplicates dropped, order kept
console.log(JSON.stringify({ b: 1, a: 2, 3: 'three', c: { a: 'inner', z: 0 } }, ['a', 'c', 3, 'a', new String('b'), {}]));
console.log(JSON.stringify([{ a: 1, b: 2 }], ['b']), JSON.stringify({ a: 1 }, []), JSON.stringify({ a: 1 }, null), JSON.stringify({ a: 1 }, 'str'));
// indentation
console.log(JSON.stringify({ a: [1, { b: 2 }], c: {}, d: [] }, null, 2));
console.log(JSON.stringify([1, [2]], null, '--'), JSON.stringify({ a: 1 }, null, 20) === JSON.stringify({ a: 1 }, null, 10));
console.log(JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'), JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, ''), JSON.stringify({ a: 1 }, null, 3.9));
console.log(JSON.stringify({ a: 1 }, null, new Number(1)), JSON.stringify({ a: 1 }, null, new String('\t')), JSON.stringify({ a: 1 }, null, -5));
// getters run, in key order
console.log(JSON.stringify({ get g() { return 'got'; }, z: 1 }), JSON.stringify(Object.assign([1, 2], { extra: 'ignored' })));
// exceptions propagate
try { JSON.stringify({ get boom() { throw new Error('getter failed'); } }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { JSON.stringify({ toJSON() { throw new TypeError('toJSON failed'); } }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { JSON.stringify({ big: BigInt(10) }); } catch (e) { console.log(e.name + ': ' + e.message); }
BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
console.log(JSON.stringify({ big: BigInt(10) }), JSON.stringify([Object(BigInt(2))]));
delete BigInt.prototype.toJSON;
