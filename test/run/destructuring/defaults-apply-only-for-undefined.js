// a default in a pattern replaces undefined only; null, 0, false and '' are kept
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const { a = 'default a', b = 'default b', c = 'default c', d = 'default d', e = 'default e' } = {
  a: undefined,
  b: null,
  c: 0,
  d: false,
  e: '',
};
console.log(a, b, c, d, JSON.stringify(e));
const [u = 'du', n = 'dn', z = 'dz', missing = 'dm'] = [undefined, null, 0];
console.log(u, n, z, missing);
function options({ verbose = false, depth = 1 } = {}) {
  return 'verbose=' + verbose + ' depth=' + depth;
}
console.log(options(), options({}), options({ verbose: null, depth: 0 }), options(undefined));
