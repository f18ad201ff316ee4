// JSON.parse SyntaxErrors carry V8's messages with positions and snippets
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const bad = ['', ' ', '{', '[1,]', '{"a":1,}', "{'a':1}", '{a:1}', '01', '1.', '.5', '+1', '-', '1e', 'tru', 'nul', 'undefined',
  'NaN', '"\\x41"', '"abc', '"\t"', '[1 2]', '{"a" 1}', '{"a":1 "b":2}', '1 2', '[', ']', '"\\u12"', '"\\ud800"x', 'true false',
  '{"a":1}}', '\u00a0 1', '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,x]',
  '{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": 1, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": 2, "ccccc": oops, "dddddddddddddddddddddd": 4}'];
for (const text of bad) {
  try {
    JSON.parse(text);
    console.log('parsed', JSON.stringify(text));
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
try { JSON.parse(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }
try { JSON.parse({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { JSON.parse(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
try { JSON.parse('[1]', () => { throw new Error('reviver threw'); }); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(JSON.parse.length, JSON.stringify.length, Object.prototype.toString.call(JSON), JSON[Symbol.toStringTag]);
// errors at the end of the input still name what was expected
for (const t of ['{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '[1', '[1,', '[', '"abc', '"\\', '"\\u12', '1.', '-', '1e', '1e+', 'tru', 'f',
  '-x', '1.x', '  ', '\u00a0', 'Infinity', ' NaN', '{,}', '-01', '00', '[-]', '{"a":-}', '"abc\n"']) {
  try { JSON.parse(t); console.log('ok'); } catch (e) { console.log(JSON.stringify(t), e.message); }
}
