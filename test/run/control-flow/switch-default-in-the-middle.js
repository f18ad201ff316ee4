// default is chosen only after all cases fail, wherever it appears, and falls through to the cases after it
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function run(x) {
  var log = '';
  switch (x) {
    case 'a':
      log += 'a';
    default:
      log += 'D';
    case 'b':
      log += 'b';
      break;
    case 'c':
      log += 'c';
  }
  return log;
}
console.log(run('a'), run('b'), run('c'), run('z'));
function first(x) {
  switch (x) {
    default:
      return 'default';
    case 1:
      return 'one';
  }
}
console.log(first(1), first(2));
