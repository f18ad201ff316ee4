// '' + number uses Number::toString: shortest round trip, exponent form outside [1e-7, 1e21), -0 becomes "0"
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function show(x) {
  console.log('[' + x + ']');
}

show(0); show(-0); show(1); show(-1); show(1.5);
show(0.1); show(0.1 + 0.2); show(1 / 3); show(2 / 3);
show(100); show(1e20); show(1e21); show(123456789e15);
show(0.000001); show(0.0000001); show(1.5e-7); show(-2.5e-9);
show(5e-324); show(1.7976931348623157e308); show(2 ** 53);
show(NaN); show(Infinity); show(-Infinity);
show(1234.5678); show(-0.000123);
console.log(`${-0} ${0.5} ${1e21} ${1 / 7}`);
