// ?. yields undefined when the base is null or undefined and short-circuits the rest of the chain
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function t(v) {
  console.log('evaluated', v);
  return v;
}

var o = { a: { b: { c: 42 } }, f: function () { return 'called'; }, list: [10, 20] };
var nothing = null;
var undef;
console.log(o?.a?.b?.c, nothing?.a, undef?.a.b.c.d);
console.log(o.x?.y, o.a?.['b']?.c, nothing?.[t('key')]);
console.log(o.f?.(), o.g?.(), nothing?.f(t('arg')));
console.log(o.list?.[1], o.nope?.[0], o?.list.length);
var fn;
console.log(fn?.(1, 2));
fn = function (x) { return x * 2; };
console.log(fn?.(21));
var m = { v: 7, get: function () { return this.v; } };
console.log(m?.get(), m.get?.());
console.log(nothing ?? o?.a?.b.c);
