// Indexed reads and writes that generated code does itself (existing elements of arrays) and those
// it leaves to the runtime (holes, past the end, other objects, string and fractional keys), with
// stores that move an array's elements kind from int32 to double to any value, so that values
// and holes read back exactly as node shows them.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
function fill(a, n, f) { for (let i = 0; i < n; i++) a[i] = f(i); return a; }
function sum(a) { let s = 0; for (let i = 0; i < a.length; i++) s += a[i]; return s; }
const ints = fill([], 10, (i) => i * 3);
console.log(ints, sum(ints));
ints[4] = 1.5;            // int32 elements take a double
console.log(ints, sum(ints));
ints[2] = 'two';          // and then any value
console.log(ints, sum(ints));
ints[12] = -1;            // past the end: holes at 10 and 11
console.log(ints, ints[10], 10 in ints, ints.length);
delete ints[0];
console.log(ints[0], 0 in ints, ints);
const proto = [];
Object.setPrototypeOf(ints, Object.assign(proto, { 0: 'from prototype' }));
console.log(ints[0], ints[11]);

const doubles = [0.5, 1.5, 2.5];
for (let i = 0; i < 3; i++) doubles[i] = i;  // ints into double elements
console.log(doubles, doubles.map((x) => typeof x));
doubles[1] = -0;
console.log(doubles, Object.is(doubles[1], -0));
doubles[0] = NaN;
console.log(doubles.includes(NaN), doubles.indexOf(NaN));

const keys = [10, 20, 30];
console.log(keys['1'], keys[1.0], keys[1.5], keys[-1], keys['01'], keys[2 ** 32 - 2], keys[2 ** 31]);
keys[-1] = 'negative';
keys[1.5] = 'fraction';
keys['2'] = 'string key';
console.log(keys, keys.length);

const frozen = Object.freeze([1, 2, 3]);
frozen[0] = 99;
console.log(frozen);
const like = { 0: 'a', 1: 'b', length: 2 };
like[1] = 'B';
console.log(like[0], like[1], like);
const str = 'hello';
console.log(str[1], str[9]);
const args = (function () { arguments[0] = 'changed'; return arguments; })(1, 2);
console.log(args[0], args[1]);
const sparse = [];
sparse[100000] = 1;
sparse[5] = 2;
console.log(sparse[5], sparse[100000], sparse.length, Object.keys(sparse));
const grown = [];
for (let i = 0; i < 100; i++) grown[i] = i % 7 ? i : i / 2;
console.log(sum(grown));
