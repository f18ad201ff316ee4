// a SyntaxError constructed and thrown at run time prints "SyntaxError: message" and exits with status 1
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function parse(text) {
  if (text[0] !== '{') throw new SyntaxError('Unexpected token ' + text[0]);
  return 'ok';
}
console.log(parse('{}'));
parse('x');
