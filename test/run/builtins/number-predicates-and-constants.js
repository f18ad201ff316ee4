// Number.isInteger/isSafeInteger/isFinite/isNaN, the Number constants and Number() conversion
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 > 1);
console.log(Object.getOwnPropertyDescriptor(Number, 'EPSILON'));
const values = [0, -0, 1.5, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), 1e300, NaN, Infinity, '5', null, true, undefined, 5.0, 4.999999999999999];
console.log(values.map(Number.isInteger).join());
console.log(values.map(Number.isSafeInteger).join());
console.log(values.map(Number.isFinite).join());
console.log(values.map(Number.isNaN).join());
console.log(Number('  12  '), Number(''), Number('0x1F'), Number('0b101'), Number('0o17'), Number('1e3'), Number('-Infinity'), Number('12px'));
console.log(Number(null), Number(undefined), Number(true), Number([]), Number([7]), Number([1, 2]), Number({}), Number('1_000'));
console.log(Number('.5'), Number('5.'), Number('+.5e-2'), Number('-0'), Object.is(Number('-0'), -0), Number('\n 42 \t'), Number(), Number('00012'));
console.log(Number({ valueOf() { return '3'; } }), typeof new Number(5), new Number(5) + 1, Number.length);
console.log(new Number(-0), [new Number(3)], Object(1.5), Number.prototype.valueOf.call(new Number(9)));
try { Number(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }

