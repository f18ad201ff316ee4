// split with string separators, limits, empty strings and surrogate pairs
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('a,b,,c'.split(','), 'a,b,,c'.split(',', 2), 'abc'.split(''), 'abc'.split(), 'abc'.split(undefined), ''.split(','), ''.split(''));
console.log('a--b--c'.split('--'), 'aaa'.split('a'), 'a b  c'.split(' '), 'abc'.split('', 2), 'abc'.split(',', 0), 'abc'.split('b', -1));
console.log('😀x😀'.split(''), '😀x😀'.split('x'), 'one1two1three'.split(1), 'truefalsetrue'.split(false), 'nullxnull'.split(null));
console.log('a,b'.split(',', 2 ** 32 + 1), 'a,b,c'.split(',', 1.9), 'a,b'.split(',', NaN), 'a,b'.split(',', '1'));
console.log('no separator here'.split('zzz'), 'sep at end,'.split(','), ',sep at start'.split(','));
console.log(String.prototype.split.call(12321, 2), String.prototype.split.call({ toString() { return 'x;y'; } }, ';'));
const custom = { [Symbol.split](str, limit) { return ['custom', str, limit]; } };
console.log('text'.split(custom, 5));
try { String.prototype.split.call(null, ','); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'a'.split(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(String.prototype.split.length);
