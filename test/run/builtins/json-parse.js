// JSON.parse: all value forms, escapes, whitespace, duplicate keys, __proto__ keys and revivers
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(JSON.parse('{"a":1,"b":[true,false,null],"c":{"d":"e"},"f":-1.5e2,"g":0.25}'));
console.log(JSON.parse(' \t\n\r[1 , 2 ]\n'), JSON.parse('"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"'), JSON.parse('"😀"').length, JSON.parse('"\\ud83d\\ude00"'));
console.log(JSON.parse('123'), JSON.parse('-0'), Object.is(JSON.parse('-0'), -0), JSON.parse('1E+2'), JSON.parse('null'), JSON.parse('true'));
console.log(JSON.parse('{"a":1,"a":2}'), JSON.parse('{"__proto__":{"x":1}}').x, Object.keys(JSON.parse('{"__proto__":5}')), JSON.parse('{}'), JSON.parse('[]'));
console.log(JSON.parse('{"2":"b","1":"a","z":0,"y":1}'), JSON.parse('12345678901234567890'), JSON.parse('1e400'), JSON.parse('"\\u0000"').length);
console.log(JSON.parse(' "x" '), JSON.parse(1), JSON.parse(true), JSON.parse(null), JSON.parse(['[1]']), JSON.parse({ toString() { return '{"o":1}'; } }));
// revivers: bottom-up, `this` is the holder, undefined deletes, array indices are strings
const log = [];
const revived = JSON.parse('{"a":[1,{"b":2}],"c":3,"d":"drop"}', function (key, value) {
  log.push(JSON.stringify(key) + ':' + JSON.stringify(value) + (Array.isArray(this) ? ' in array' : ''));
  if (key === 'd') return undefined;
  if (typeof value === 'number') return value * 10;
  return value;
});
console.log(revived);
console.log(log.join('\n'));
console.log(JSON.parse('[1,2,3]', (k, v) => (k === '1' ? undefined : v)), JSON.parse('5', (k, v) => [k, v]));
console.log(JSON.parse('{"a":1}', (k, v) => (k === '' ? 'root replaced' : v)), JSON.parse('{"a":1}', 'not a function'));
// the reviver may add and delete properties of its holder as it goes
console.log(JSON.parse('{"x":1,"y":2}', function (k, v) { if (k === 'x') { delete this.y; this.z = 3; } return v; }));
