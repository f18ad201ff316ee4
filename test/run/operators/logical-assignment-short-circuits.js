// &&= ||= ??= assign only when the operator would evaluate its right side
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function t(value) {
  console.log('rhs', value);
  return value;
}

var a = 0, b = 1, c = null, d = 0;
a ||= t('a');
b ||= t('b');
c ??= t('c');
d ??= t('d');
console.log(a, b, c, d);
var e = 1, f = 0;
e &&= t('e');
f &&= t('f');
console.log(e, f);
var o = { x: undefined, y: false, z: 'keep' };
o.x ??= 10;
o.y ||= 20;
o.z &&= o.z + '!';
o['w'] ??= 'new';
console.log(o.x, o.y, o.z, o.w);
