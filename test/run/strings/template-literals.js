// untagged template literals convert substitutions to strings and keep literal text verbatim
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var name = 'kiln';
var n = 3;
console.log(`hello ${name}`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`${null} ${undefined} ${true} ${NaN} ${-0} ${1.50}`);
console.log(`a${''}b${``}c`);
console.log(`${n > 2 ? 'big' : 'small'} ${`nested ${name.length}`}`);
console.log(`multi
line
template`);
console.log(`escapes: \t|\n|\`|\${not}|$|{}`);
console.log(`${1}${2}${3}`, typeof `${1}`);
function wrap(x) {
  return `<${x}>`;
}
console.log(`${wrap(wrap('x'))}`);
