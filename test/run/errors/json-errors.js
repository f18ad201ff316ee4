// JSON.parse syntax errors with V8's positions and excerpts, and JSON.stringify of cycles and
// BigInts.
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
t(() => JSON.parse(''));
t(() => JSON.parse('{'));
t(() => JSON.parse('{"a":1,}'));
t(() => JSON.parse('[1,]'));
t(() => JSON.parse('x'));
t(() => JSON.parse('{"a" 1}'));
t(() => JSON.parse('"abc'));
t(() => JSON.parse('tru'));
t(() => JSON.parse('1 2'));
t(() => JSON.parse(undefined));
t(() => JSON.parse('{a:1}'));
t(() => JSON.parse("'x'"));
t(() => JSON.parse('01'));
t(() => JSON.parse('"\\x"'));
t(() => JSON.parse('[1, 2'));
t(() => JSON.parse('{"a":1}x'));
t(() => JSON.parse('-'));
t(() => JSON.parse('1.'));
t(() => JSON.parse('"a\nb"'));
t(() => JSON.parse('nul'));
t(() => JSON.parse('{"a":1, "b":2, "c": [1, 2, 3, {"d": 4}], "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee": x}'));
t(() => { const c = {}; c.c = c; JSON.stringify(c); });
t(() => { const c = [1]; c.push({ a: c }); JSON.stringify(c); });
t(() => JSON.stringify(1n));
t(() => JSON.stringify({ a: [1n] }));
