// Math: rounding, min/max, abs/sign, sqrt/cbrt/hypot, clz32/imul/fround, atan/atan2, and exact points of the rest
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

// (sin/cos/exp/log/pow... use the C library in kiln and may differ from V8 in the last bit
// on general inputs, so only inputs with exact results are printed for them.)
console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.round(-1.5), Math.round(2.5), Math.round(-0.4), Math.trunc(-0.9), Math.round(0.49999999999999994));
console.log(Math.floor(-0), Math.ceil(-0.5), Math.round(-0.5), Math.trunc(4.7), Math.round(2 ** 52 + 0.5), Math.floor(Infinity), Math.ceil(NaN));
console.log(Math.max(), Math.min(), Math.max(1, '3', 2), Math.min(1, NaN, 0), Math.max(-0, 0), Math.min(0, -0), Math.max([2], [1]));
console.log(Math.abs(-3), Math.abs('-2'), Math.abs(null), Math.abs(-Infinity), Math.abs([]), Math.abs([-4]), Math.abs({}), Math.abs(-0));
console.log(Math.sign(-3), Math.sign(0), Math.sign(-0), Math.sign('5'), Math.sign(NaN), Math.sign(-Infinity));
console.log(Math.sqrt(16), Math.sqrt(2), Math.sqrt(-1), Math.sqrt(-0), Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2), Math.cbrt(10));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(-5), Math.hypot(1, 1), Math.hypot(NaN, Infinity), Math.hypot(3, 4, 12), Math.hypot(1e200, 1e200));
console.log(Math.clz32(1), Math.clz32(0), Math.imul(0xffffffff, 5), Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128));
console.log(Math.atan(1), Math.atan(-Infinity), Math.atan(0.5), Math.atan2(1, 1), Math.atan2(-0, -1), Math.atan2(0, -0));
console.log(Math.sin(0), Math.sin(-0), Math.cos(0), Math.tan(0), Math.asin(1), Math.acos(1), Math.acos(-1), Math.asin(2));
console.log(Math.exp(0), Math.exp(-Infinity), Math.expm1(0), Math.log(1), Math.log(0), Math.log(-1), Math.log10(1000), Math.log2(1024), Math.log1p(0));
console.log(Math.pow(2, 10), Math.pow(2, -1), Math.pow(4, 0.5), Math.pow(NaN, 0), Math.pow(1, Infinity), Math.pow(-8, 1 / 3), 2 ** 0.5 === Math.SQRT2);
console.log(Math.pow(0, -1), Math.pow(-0, -1), Math.pow(-0, -2), Math.pow(-Infinity, 3), Math.pow(10, 21), Math.pow(10, -3));
console.log(Math.sinh(0), Math.cosh(0), Math.tanh(Infinity), Math.asinh(0), Math.acosh(1), Math.atanh(0), Math.atanh(1));
console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
console.log(Object.prototype.toString.call(Math), Math[Symbol.toStringTag], typeof Math, Math.max.length, Math.hypot.length, Math.min.name);
console.log(Object.getOwnPropertyDescriptor(Math, 'PI'), Object.keys(Math).length);
const r = Math.random();
console.log(r >= 0 && r < 1, typeof r);
let order = [];
Math.max({ valueOf() { order.push('a'); return 1; } }, { valueOf() { order.push('b'); return NaN; } }, { valueOf() { order.push('c'); return 3; } });
console.log(order);
try { Math.max(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }

try { new Math.max(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Math(); } catch (e) { console.log(e.name + ': ' + e.message); }
