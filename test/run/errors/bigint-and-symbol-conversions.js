// Mixing BigInt with Number, BigInt conversions and division by zero; converting a Symbol to a
// string or a number.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function t(f) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
var s = Symbol('d');
t(() => 1n + 1);
t(() => 1 + 1n);
t(() => 1n * 2);
t(() => 1n & 1);
t(() => 1n / 0n);
t(() => 1n % 0n);
t(() => +1n);
t(() => Math.max(1n));
t(() => 1n ** -1n);
t(() => 1n >>> 1n);
t(() => BigInt(1.5));
t(() => BigInt('x'));
t(() => BigInt(undefined));
t(() => BigInt(s));
t(() => s + '');
t(() => `${s}`);
t(() => s * 1);
t(() => +s);
t(() => s + 1);
t(() => 'a'.concat(s));
t(() => Number(s));
t(() => [s].join());
t(() => s < 1);
t(() => Math.abs(s));
t(() => isNaN(s));
t(() => parseInt(s));
t(() => String(s));
