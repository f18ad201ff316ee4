// objects whose single-line form would exceed the line width print one property per line
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log({ first: 'a fairly long string value', second: 'another long string value' });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9 });
console.log({
  name: 'kiln',
  description: 'an ahead-of-time compiler from JavaScript to native code',
  tags: ['compiler', 'javascript'],
});
console.log([{ id: 1, label: 'first entry in the list' }, { id: 2, label: 'second entry' }]);
console.log(['a string that is long enough', 'to push this array', 'past the line limit']);
