// the length of computed strings: concatenations, number conversions and substitution results
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(''.length, ' '.length, ('a' + 'bc').length);
console.log(`${123}`.length, ('' + 1e21).length, ('' + -0.5).length);
console.log(('x' + null).length, ('' + undefined).length, ('' + true).length);
var s = 'hello';
console.log(s.length === 5, s[s.length - 1]);
console.log(typeof ''.length, 'abc'['length']);
