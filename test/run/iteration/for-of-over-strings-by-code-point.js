// for-of over a string yields code points, keeping surrogate pairs together
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const text = 'a😀b𝒳';
console.log(text.length);
let count = 0;
for (const ch of text) {
  count++;
  console.log(ch, ch.length, ch.codePointAt(0));
}
console.log('code points:', count);
const lone = '\ud83dz'; // a lone high surrogate is yielded on its own
for (const ch of lone) console.log(ch.length, ch.charCodeAt(0));
for (const ch of '') console.log('not printed');
