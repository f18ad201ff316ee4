// RangeErrors of built-ins: invalid array lengths, digit and radix arguments out of range, invalid
// repeat counts, string lengths and code points, normalization forms.
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
t(() => { const a = []; a.length = -1; });
t(() => { const a = []; a.length = 1.5; });
t(() => { [].length = 2 ** 32; });
t(() => new Array(-1));
t(() => new Array(1.5));
t(() => new Array(2 ** 32));
t(() => Array(-1));
t(() => Object.defineProperty([], 'length', { value: -1 }));
t(() => (1).toFixed(101));
t(() => (1).toFixed(-1));
t(() => (1).toPrecision(0));
t(() => (1).toPrecision(101));
t(() => (1).toExponential(101));
t(() => (1).toString(1));
t(() => (1).toString(37));
t(() => 'a'.repeat(-1));
t(() => 'a'.repeat(Infinity));
t(() => 'a'.repeat(2 ** 30));
t(() => 'a'.padStart(2 ** 30));
t(() => String.fromCodePoint(-1));
t(() => String.fromCodePoint(1.5));
t(() => String.fromCodePoint(0x110000));
t(() => String.fromCodePoint(NaN));
t(() => 'a'.normalize('x'));
t(() => 'a'.normalize('NFD'));
