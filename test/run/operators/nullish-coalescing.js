// ?? falls back only for null and undefined, unlike ||, and short-circuits
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function t(value) {
  console.log('evaluated');
  return value;
}

console.log(null ?? 'a', undefined ?? 'b', 0 ?? 'c', '' ?? 'd', false ?? 'e', NaN ?? 'f');
console.log(0 || 'c', '' || 'd', false || 'e');
console.log(5 ?? t(1));
console.log(null ?? t(2));
var o = { a: null, b: 0 };
console.log(o.a ?? 'none', o.b ?? 'none', o.missing ?? 'none');
console.log(null ?? undefined ?? 'last');
console.log((null || undefined) ?? 'x', (0 ?? 1) || 2);
