// global isNaN/isFinite coerce with ToNumber, unlike Number.isNaN/isFinite
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const inputs = [NaN, 'NaN', 'abc', '', ' ', '12', undefined, null, {}, [], [5], true, Infinity, '-Infinity', 1e308 * 10, -0];
console.log(inputs.map((v) => isNaN(v)).join());
console.log(inputs.map((v) => Number.isNaN(v)).join());
console.log(inputs.map((v) => isFinite(v)).join());
console.log(inputs.map((v) => Number.isFinite(v)).join());
console.log(isNaN(), isFinite(), isNaN({ valueOf() { return 1; } }), isFinite('0x10'), isNaN.length, isFinite.name);
try { isNaN(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
try { isFinite({ valueOf() { throw new RangeError('from valueOf'); } }); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(typeof globalThis.isNaN, Object.getOwnPropertyDescriptor(globalThis, 'isNaN').enumerable);
