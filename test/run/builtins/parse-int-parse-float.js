// parseInt and parseFloat (global and Number.*): prefixes, radixes, whitespace and junk after the number
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(parseInt('42'), parseInt('  -42abc'), parseInt('0x1f'), parseInt('0X1F', 16), parseInt('1f', 16), parseInt('z', 36), parseInt('10', 2));
console.log(parseInt(''), parseInt('abc'), parseInt('0x'), parseInt('12', 1), parseInt('12', 37), parseInt('12', 0), parseInt('12', undefined));
console.log(parseInt('0b11'), parseInt('0o7'), parseInt('077'), parseInt('1e3'), parseInt(1e21), parseInt(0.0000005), parseInt(-0), parseInt('-0'));
console.log(parseInt('123', 4.9), parseInt('ff', '16'), parseInt('\u00a0\n 7'), parseInt('+5'), parseInt('- 5'), parseInt(null, 36), parseInt('9007199254740993'));
console.log(parseInt('1'.repeat(400)), parseInt('11', -1), parseInt('11', 2 ** 32 + 2), parseInt({ toString() { return '99'; } }));
console.log(parseFloat('3.14abc'), parseFloat('  .5'), parseFloat('-.5e3'), parseFloat('1e'), parseFloat('1e+'), parseFloat('Infinityx'), parseFloat('-Infinity'));
console.log(parseFloat(''), parseFloat('x1'), parseFloat('0x10'), parseFloat('1.2.3'), parseFloat('-0'), Object.is(parseFloat('-0'), -0), parseFloat('1e400'));
console.log(parseFloat('123456789012345678901234567890'), parseFloat('2.2250738585072011e-308'), parseFloat('.e1'), parseFloat([1.5, 2]));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat, parseInt.length, parseFloat.length, parseInt.name);
try { parseInt(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
try { parseFloat(Symbol('x')); } catch (e) { console.log(e.name + ': ' + e.message); }
