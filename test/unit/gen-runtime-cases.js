#!/usr/bin/env node
// Generates the differential cases of the runtime unit tests from node itself:
//   test/unit/RuntimeNumberCases.inc   String(x), x.toString(radix) and Number(s) (RuntimeNumberTest.cpp)
//   test/unit/RuntimeInspectCases.inc  console.log(JSON.parse(text)) (RuntimeInspectTest.cpp)
//   test/unit/RuntimeMathCases.inc     Math functions kiln computes with fdlibm (RuntimeMathTest.cpp)
//
// Doubles are written as their IEEE bits so nothing is lost between node and C++; strings as
// UTF-16 literals so lone surrogates and non-ASCII text survive exactly. The random
// doubles come from a fixed-seed generator, so regenerating gives the same file.
//
// Usage (from the repository root):  node test/unit/gen-runtime-cases.js
'use strict';
const fs = require('fs');
const path = require('path');
const util = require('util');

function bitsOf(x) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return '0x' + view.getBigUint64(0).toString(16).padStart(16, '0') + 'ull';
}

// A C++ UTF-16 literal (u"...") with exactly the code units of s: printable ASCII as itself,
// everything else as a \x escape closing its own literal piece (so no hex digit can follow it),
// which also keeps lone surrogates intact.
function u16(s) {
  let out = 'u"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c && c !== 0x3f) out += s[i];
    else out += '\\x' + c.toString(16) + '" u"';
  }
  return out + '"';
}

// xorshift32 with a fixed seed: deterministic "random" inputs.
let seed = 0x2545f491;
function random32() {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed;
}
function randomDouble() {  // any finite double, biased to all exponents
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, random32());
  view.setUint32(4, random32());
  const x = view.getFloat64(0);
  return Number.isFinite(x) ? x : randomDouble();
}

// ---- Numbers -------------------------------------------------------------------------------
const numbers = [
  0, -0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 0.5, 1.5, -1.5, 2.5, 123.456, -123.456, 1 / 3, 2 / 3, 10 / 3,
  NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, Number.EPSILON,
  2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 32, 2 ** 32 - 1, 2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2, -(2 ** 53),
  1e20, 1e21, 1e22, 123456789012345680000, 1.2345678901234567e21, 1e-6, 1e-7, 1.5e-7, 0.000001,
  0.0000012345, 1e100, 1e-100, 1e308, 1e-308, 2.2250738585072014e-308, 2.225073858507201e-308,
  4.9406564584124654e-324, 5e-324, 1.7976931348623157e308, 9007199254740993, 0.3, 0.7, 3.14159,
  Math.PI, Math.E, Math.SQRT2, 299792458, 6.02214076e23, 1.602176634e-19, 100, 1000, 1e3, 12e3,
  4.35, 0.000123, 123e-20, 5e-7, 98765.4321, 255, 4294967295.5, -0.0000001, 1.0000000000000002,
  0.9999999999999999, 100.00000000000001, 1234567890.123456789,
];
for (let i = 0; i < 200; i++) numbers.push(randomDouble());
for (let i = 0; i < 60; i++) numbers.push((random32() - 2 ** 31) / 2 ** (random32() % 40));
for (let i = 0; i < 40; i++) numbers.push(random32() * 2 ** (random32() % 60));

const radixNumbers = [0, -0, 1, -1, 255, -255, 0.5, 0.1, 1 / 3, 123.456, 2 ** 53, 1e21, 1e-7, 3.14159,
  -1234.5678, 4294967295, 0.000001, 1e300, NaN, Infinity, -Infinity];
const radixes = [2, 3, 8, 16, 32, 36];

const strings = [
  '', ' ', '0', '-0', '+0', '1', '-1', '+1', '42', '  42  ', '\t\n 42 \r\n', '\u00a0 7 \ufeff', '\u2028 8 \u2029',
  '\u3000 9', '1.5', '.5', '5.', '.', '-.5', '+.5', '1e3', '1E3', '1e+3', '1e-3', '1e', 'e3', '1.2.3',
  '0x10', '0X1f', '0x', '0xg', '-0x10', '+0x10', '0o17', '0O17', '0o8', '0b101', '0B11', '0b2',
  'Infinity', '-Infinity', '+Infinity', 'infinity', 'INFINITY', 'Infinityx', 'NaN', 'nan', 'abc',
  '12abc', '1_000', '1,000', '00012', '-00012', '0.0000001', '1e1000', '-1e1000', '1e-1000',
  '123456789012345678901234567890', '0x1fffffffffffff', '0x20000000000000', '0x20000000000001',
  '0x20000000000003', '0xffffffffffffffffffff', '0b' + '1'.repeat(60), '0o' + '7'.repeat(25),
  '9007199254740993', '2.2250738585072011e-308', '4.9e-324', '2e-324', '1.7976931348623159e308',
  '\u0661', '１２', '1 2', '- 1', '--1', '1-', 'true', 'null',
];

let out = '// GENERATED FILE - do not edit. Regenerate with: node test/unit/gen-runtime-cases.js\n';
out += `// Results of node ${process.version} (V8 ${process.versions.v8}).\n`;
out += '// KILN_NUMBER_TO_STRING_CASE(bits of x, String(x))\n';
for (const x of numbers) out += `KILN_NUMBER_TO_STRING_CASE(${bitsOf(x)}, ${JSON.stringify(String(x))})\n`;
out += '// KILN_NUMBER_TO_RADIX_CASE(bits of x, radix, x.toString(radix))\n';
for (const x of radixNumbers)
  for (const r of radixes) out += `KILN_NUMBER_TO_RADIX_CASE(${bitsOf(x)}, ${r}, ${JSON.stringify(x.toString(r))})\n`;
out += '// KILN_STRING_TO_NUMBER_CASE(s as a UTF-16 literal, bits of Number(s))\n';
for (const s of strings) out += `KILN_STRING_TO_NUMBER_CASE(${u16(s)}, ${bitsOf(Number(s))})\n`;
fs.writeFileSync(path.join(__dirname, 'RuntimeNumberCases.inc'), out);

// ---- Inspect -------------------------------------------------------------------------------
// JSON texts, so the C++ side can build each value with JSON.parse; what they exercise is the
// layout: line breaking at 80 columns, the 6-entry and 3-level rules, array grouping, depth 2,
// quoting and escaping.
const values = [
  [1, 2, 3], {}, [], 'top-level strings print raw', { a: 1, 'b-c': "it's", nested: [1, 2.5, 'three'] },
  Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => i * 100),
  Array.from({ length: 26 }, (_, i) => i * i * i - 500), Array.from({ length: 120 }, (_, i) => i),
  Array.from({ length: 8 }, (_, i) => 'item' + i), Array.from({ length: 40 }, (_, i) => 'w'.repeat(i % 7)),
  { a: { b: { c: { d: { e: 1 } } } } }, [[[[[1]]]]], [[1, [2, [3, [4]]]]],
  { aaaaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbb: 2, cccccccccccccccc: 3, dddddddddddddddd: 4, eeeeee: 5 },
  { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 },
  [{ id: 1, name: 'Alice', tags: ['a', 'b'] }, { id: 2, name: 'Bob', tags: [] }],
  [1.5, -0.25, 1e21, 1e-7, 123456789012, null, true, false],
  { s: 'line1\nline2 is a long line that exceeds the break length for sure, yes indeed it does' },
  ['a'.repeat(100)], ['a'.repeat(70)], ['a'.repeat(74)], ['a'.repeat(75)], { k: 'v'.repeat(72) },
  [100, 2000, 30000, 400000, 5000000, 60000000, 700000000, 8, 90, 1000, 1],
  { 'key with spaces': 1, 123: 2, _ok: 3, $dollar: 4, 'ünï': 5, '': 6, __proto__x: 7 },
  ["a'b", 'it\'s "q"', 'a`b\'"', '\n\t\u0001\u007f\u0085', '\ud800', 'ok', 'é', '日本語', 'a\\b', '${x}\'"'],
  Array.from({ length: 7 }, (_, i) => ({ [String.fromCharCode(97 + i)]: i })),
  Array.from({ length: 7 }, (_, i) => [i, i + 1]),
  { matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]], label: 'identity', meta: { rows: 3, cols: 3, sparse: false } },
  ['x', 'yy', 'zzz', 'wwww', 'vvvvv', 'uuuuuu', 'ttttttt', 'ssssssss', 'rrrrrrrrr', 'q'.repeat(34)],
  [true, false, true, false, true, false, true, false], [-1, -22, -333, -4444, 55555, 6, 77, 888, 9999],
  { description: 'This is a fairly long description string that goes past the limit', n: 1 },
  [0.1, 0.2, 0.30000000000000004, 1.7976931348623157e308, 5e-324, -1e-300],
  { users: [{ name: 'a', roles: ['admin', 'user'], settings: { theme: 'dark', notifications: { email: true } } }] },
  ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbb', 'ccccccccccccccccccccccc', 'dddddddddd', 'e', 'f', 'g'],
  Array.from({ length: 101 }, (_, i) => 'x'), Array.from({ length: 200 }, (_, i) => i % 3 ? i : null),
  { list: Array.from({ length: 12 }, (_, i) => ({ i })) }, [[]], [{}], { a: [], b: {} },
  { 'a\nb': 1, "it's": 2 }, ['日本語テキスト', '中文', '한국어', 'emoji 😀 here', 'ascii'],
  Array.from({ length: 10 }, (_, i) => '日'.repeat(i)),
];
out = '// GENERATED FILE - do not edit. Regenerate with: node test/unit/gen-runtime-cases.js\n';
out += `// console.log(JSON.parse(json)) as printed by node ${process.version}, without the newline.\n`;
out += '// KILN_INSPECT_CASE(the JSON text, the output; both UTF-16 literals)\n';
for (const v of values) {
  const json = JSON.stringify(v);
  out += `KILN_INSPECT_CASE(${u16(json)},\n                  ${u16(util.format(JSON.parse(json)))})\n`;
}
fs.writeFileSync(path.join(__dirname, 'RuntimeInspectCases.inc'), out);

// ---- Math ----------------------------------------------------------------------------------
// Inputs across magnitudes and the special values, for the functions in runtime/number/Fdlibm.h.
const mathInputs = [0, -0, 1, -1, 2, 27, -27, 8, 0.5, 3, 4, -5, 12, 1e-10, 1e-300, 5e-324, 1e300,
  Infinity, -Infinity, NaN, Math.PI, -Math.PI / 2];
for (let i = 0; i < 400; i++) mathInputs.push((random32() / 2 ** 32 - 0.5) * 10 ** ((random32() % 40) - 20));
out = '// GENERATED FILE - do not edit. Regenerate with: node test/unit/gen-runtime-cases.js\n';
out += `// Results of node ${process.version} (V8 ${process.versions.v8}).\n`;
out += '// KILN_MATH_CASE(function, bits of x, bits of y (atan2 and pow only), bits of the result)\n';
for (let i = 0; i < mathInputs.length; i++) {
  const x = mathInputs[i], y = mathInputs[(i * 7 + 3) % mathInputs.length];
  out += `KILN_MATH_CASE(atan, ${bitsOf(x)}, 0, ${bitsOf(Math.atan(x))})\n`;
  out += `KILN_MATH_CASE(cbrt, ${bitsOf(x)}, 0, ${bitsOf(Math.cbrt(x))})\n`;
  out += `KILN_MATH_CASE(atan2, ${bitsOf(x)}, ${bitsOf(y)}, ${bitsOf(Math.atan2(x, y))})\n`;
}
// sin, cos, tan, exp, log, expm1, log1p, log2 and log10: a few thousand inputs each — the special values, subnormals, random
// doubles of every exponent, uniform ones across magnitudes, huge trig arguments, points near
// multiples of pi/2 (hard reductions), and exp's whole range.
function nudge(x, ulps) {  // x moved by ulps units in the last place
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigInt64(0, view.getBigInt64(0) + BigInt(ulps));
  return view.getFloat64(0);
}
const moreInputs = mathInputs.concat([Number.MIN_VALUE, -Number.MIN_VALUE, 2.2250738585072014e-308,
  2.225073858507201e-308, Number.MAX_VALUE, -Number.MAX_VALUE, 1e300, -1e300, 1e22, 2 ** 1023, 2 ** 60,
  Math.PI / 4, Math.PI / 2, 3 * Math.PI / 4, 709.782712893384, 709.79, -745.1332191019411, -745.14, -708.4,
  Math.LN2, Math.LN2 / 2, 1.5 * Math.LN2, 2 ** -28, 2 ** -27, 2 ** -1022, 1 + 2 ** -52, 1 - 2 ** -53]);
for (let i = 0; i < 800; i++) moreInputs.push(randomDouble());
for (let i = 0; i < 800; i++) moreInputs.push((random32() / 2 ** 32 - 0.5) * 2 ** ((random32() % 2100) - 1075));
for (let i = 0; i < 400; i++) moreInputs.push((random32() / 2 ** 32 - 0.5) * 10 ** ((random32() % 610) - 305));
for (let i = 0; i < 400; i++) {  // near multiples of pi/2, small and large
  const k = i < 200 ? (random32() % 64) - 32 : (random32() - 2 ** 31) * 2 ** (random32() % 20);
  moreInputs.push(nudge(k * Math.PI / 2, (random32() % 9) - 4));
}
for (let i = 0; i < 200; i++) moreInputs.push((random32() / 2 ** 32 - 0.5) * 1500);  // exp's range
for (let i = 0; i < 200; i++) moreInputs.push(1 + (random32() / 2 ** 32 - 0.5) * 2 ** -(random32() % 30));  // log near 1
for (let i = 0; i < 200; i++) moreInputs.push((random32() / 2 ** 32 - 0.5) * 8);
out += '// sin, cos, tan, exp, log, expm1, log1p, log2, log10\n';
for (const x of moreInputs) {
  out += `KILN_MATH_CASE(sin, ${bitsOf(x)}, 0, ${bitsOf(Math.sin(x))})\n`;
  out += `KILN_MATH_CASE(cos, ${bitsOf(x)}, 0, ${bitsOf(Math.cos(x))})\n`;
  out += `KILN_MATH_CASE(tan, ${bitsOf(x)}, 0, ${bitsOf(Math.tan(x))})\n`;
  out += `KILN_MATH_CASE(exp, ${bitsOf(x)}, 0, ${bitsOf(Math.exp(x))})\n`;
  out += `KILN_MATH_CASE(log, ${bitsOf(Math.abs(x))}, 0, ${bitsOf(Math.log(Math.abs(x)))})\n`;
  if (x < 0) out += `KILN_MATH_CASE(log, ${bitsOf(x)}, 0, ${bitsOf(Math.log(x))})\n`;
  out += `KILN_MATH_CASE(expm1, ${bitsOf(x)}, 0, ${bitsOf(Math.expm1(x))})\n`;
  for (const v of x < 0 ? [x, -x, x / 2 ** 52] : [x]) {  // also 1 + x in (0, 1]
    out += `KILN_MATH_CASE(log1p, ${bitsOf(v)}, 0, ${bitsOf(Math.log1p(v))})\n`;
  }
  out += `KILN_MATH_CASE(log2, ${bitsOf(Math.abs(x))}, 0, ${bitsOf(Math.log2(Math.abs(x)))})\n`;
  out += `KILN_MATH_CASE(log10, ${bitsOf(Math.abs(x))}, 0, ${bitsOf(Math.log10(Math.abs(x)))})\n`;
}
// pow (V8's is fdlibm's too, not the C library's): the special values against each other, then
// random pairs — bases across magnitudes with moderate exponents, negative bases with integer
// exponents, bases near 1 with large exponents, subnormal and huge bases.
out += '// pow\n';
const powSpecial = [0, -0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, 1e-310, -1e-310, 1e300, Infinity, -Infinity, NaN,
  1 + 2 ** -52, 1 - 2 ** -53, 2 ** 31, 2 ** 53, 2 ** 64, 1e20, -1075, 1024, 0.25, -2.5];
for (const x of powSpecial) for (const y of powSpecial) {
  out += `KILN_MATH_CASE(pow, ${bitsOf(x)}, ${bitsOf(y)}, ${bitsOf(Math.pow(x, y))})\n`;
}
for (let i = 0; i < 3000; i++) {
  let x, y;
  switch (i % 5) {
  case 0: x = (random32() / 2 ** 32) * 10 ** ((random32() % 20) - 10); y = (random32() / 2 ** 32 - 0.5) * 10 ** ((random32() % 8) - 3); break;
  case 1: x = (random32() / 2 ** 32 - 0.5) * 100; y = (random32() % 200) - 100; break;
  case 2: x = 1 + (random32() / 2 ** 32 - 0.5) * 2 ** -(random32() % 40); y = (random32() / 2 ** 32 - 0.5) * 2 ** (random32() % 60); break;
  case 3: x = (random32() / 2 ** 32) * 2 ** ((random32() % 2100) - 1075); y = (random32() / 2 ** 32 - 0.5) * 4; break;
  default: x = randomDouble(); y = randomDouble() / 2 ** (random32() % 1100); break;
  }
  out += `KILN_MATH_CASE(pow, ${bitsOf(x)}, ${bitsOf(y)}, ${bitsOf(Math.pow(x, y))})\n`;
}
// sinh, cosh, tanh, asin, acos, asinh, acosh, atanh (fdlibm's in V8 as well): about 1,500 inputs
// each — the special values, subnormals, random doubles of every exponent, uniform ones across
// the magnitudes that matter, and each algorithm's range boundaries a few ulps either side.
const uniform = (lo, hi) => lo + (random32() / 2 ** 32) * (hi - lo);
const signed = (x) => (random32() & 1 ? -x : x);
function inputsFor(boundaries, makers) {
  const xs = [0, -0, NaN, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, 2.225073858507201e-308,
    -2.2250738585072014e-308, Number.MAX_VALUE, -Number.MAX_VALUE, 1, -1, 0.5, -0.5, 2, -2];
  for (const b of boundaries) for (let u = -3; u <= 3; u++) xs.push(nudge(b, u), -nudge(b, u));
  for (let i = 0; i < 100; i++) xs.push(randomDouble());
  for (let i = 0; i < 60; i++) xs.push(signed(uniform(0, 1) * 2 ** -(1022 + (random32() % 52))));  // subnormal
  for (const [count, make] of makers) for (let i = 0; i < count; i++) xs.push(make());
  return xs;
}
const magnitude = (lo, hi) => () => signed((1 + random32() / 2 ** 32) * 2 ** (lo + (random32() % (hi - lo))));
const hyperbolic = inputsFor([2 ** -55, 2 ** -28, 0.5 * Math.LN2, 0.34657359027997264, 1, 22, 709.7822265625,
  709.782712893384, 710.4758600739439, 710.475860073944], [
  [300, magnitude(-60, 10)], [300, () => uniform(-25, 25)], [200, () => uniform(-3, 3)],
  [150, () => uniform(-720, 720)], [100, () => signed(uniform(700, 712))]]);
const inverseTrig = inputsFor([2 ** -57, 2 ** -27, 0.5, 0.975, 1], [
  [400, () => uniform(-1, 1)], [250, magnitude(-60, 0)], [200, () => signed(1 - uniform(0, 1) * 2 ** -(random32() % 53))],
  [150, () => signed(uniform(0.45, 0.55))], [100, () => signed(uniform(0.96, 0.99))], [50, magnitude(0, 20)]]);
const inverseHyperbolic = inputsFor([2 ** -28, 2, 2 ** 28, 0.5, 1], [
  [350, magnitude(-40, 40)], [200, () => uniform(-4, 4)], [200, () => 1 + uniform(0, 1) * 2 ** -(random32() % 53)],
  [150, () => signed(1 - uniform(0, 1) * 2 ** -(random32() % 53))], [150, () => uniform(-1, 1)],
  [100, () => uniform(1, 2)], [50, magnitude(20, 1000)]]);
out += '// sinh, cosh, tanh, asin, acos, asinh, acosh, atanh\n';
for (const [name, xs] of [['sinh', hyperbolic], ['cosh', hyperbolic], ['tanh', hyperbolic], ['asin', inverseTrig],
  ['acos', inverseTrig], ['asinh', inverseHyperbolic], ['acosh', inverseHyperbolic], ['atanh', inverseHyperbolic]]) {
  for (const x of xs) out += `KILN_MATH_CASE(${name}, ${bitsOf(x)}, 0, ${bitsOf(Math[name](x))})\n`;
}
fs.writeFileSync(path.join(__dirname, 'RuntimeMathCases.inc'), out);
