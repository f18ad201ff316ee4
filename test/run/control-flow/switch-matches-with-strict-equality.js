// switch compares with ===, evaluates case expressions in order, and runs nothing when no case matches without default
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function kind(x) {
  switch (x) {
    case 1: return 'number one';
    case '1': return 'string one';
    case true: return 'true';
    case null: return 'null';
    case undefined: return 'undefined';
    case NaN: return 'NaN never matches';
  }
  return 'no match';
}
console.log(kind(1), kind('1'), kind(true), kind(null), kind(undefined), kind(NaN), kind(0));
function t(v) {
  console.log('case', v);
  return v;
}
switch (3) {
  case t(1):
  case t(3):
    console.log('matched 3');
    break;
  case t(5):
    console.log('not reached');
}
switch (-0) {
  case 0:
    console.log('-0 matches 0');
}
