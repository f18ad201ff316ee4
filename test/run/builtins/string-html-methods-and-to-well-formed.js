// String.prototype's Annex B HTML methods (CreateHTML: '"' in the attribute becomes &quot;) and
// toWellFormed (lone surrogates become U+FFFD).
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const s = 'a"b<c>';
for (const name of ['anchor', 'big', 'blink', 'bold', 'fixed', 'fontcolor', 'fontsize', 'italics', 'link', 'small', 'strike', 'sub', 'sup']) {
  const f = String.prototype[name];
  console.log(name, f.length, f.name, s[name]('x"y"z'), 'w'[name]());
}
console.log('t'.link({ toString: () => 'http://x/?a="1"' }), 'n'.fontsize(7), String.prototype.bold.call(12));
try {
  String.prototype.anchor.call(null, 'x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  'x'.anchor(Symbol('s'));
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
const broken = 'a\uD800b\uDC00c\uD83D\uDE00d\uDBFF';
const fixed = broken.toWellFormed();
console.log(broken.isWellFormed(), fixed.isWellFormed(), [...fixed].map((c) => c.codePointAt(0).toString(16)).join(' '));
console.log('plain'.toWellFormed(), String.prototype.toWellFormed.length, String.prototype.toWellFormed.call(5));
try {
  String.prototype.toWellFormed.call(undefined);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
