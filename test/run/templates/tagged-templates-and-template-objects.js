// Tagged templates: the tag gets the frozen cooked strings (undefined for invalid escapes) with a
// frozen non-enumerable raw array, the same object for every evaluation of a site, and the
// substitutions; a member tag is called with its object as this; String.raw works.
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s
function tag(strings, ...values) {
  return strings.map((s, i) => `[${s}|${strings.raw[i]}]` + (i < values.length ? values[i] : '')).join('');
}
const x = 1, y = 'two';
console.log(tag`a${x}b\n${y}c`);
const sites = [];
function remember(strings) { sites.push(strings); return strings.length; }
for (let i = 0; i < 3; i++) remember`same site ${i}`;
console.log(sites[0] === sites[1], sites[1] === sites[2], Object.isFrozen(sites[0]), Object.isFrozen(sites[0].raw));
console.log(String.raw`line\nbreak ${1 + 1} \u{41}`);
console.log(((s) => s[0] === undefined && s.raw[0])`\unicode`);
const obj = { prefix: '>', fmt(strings, v) { return this.prefix + strings[0] + v; } };
console.log(obj.fmt`value: ${42}`);
console.log(Object.keys(sites[0]), Object.getOwnPropertyDescriptor(sites[0], 'raw').enumerable);
