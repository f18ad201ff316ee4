// the try's return expression is evaluated before finally runs, so finally's changes do not affect it
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function f() {
  var x = 1;
  try {
    return x;
  } finally {
    x = 2;
    console.log('finally sets x to', x);
  }
}
console.log(f());
function g() {
  var obj = { v: 1 };
  try {
    return obj;
  } finally {
    obj.v = 'mutated in finally';
  }
}
console.log(g());
var log = '';
function h() {
  try {
    return (log += 'return-expr;');
  } finally {
    log += 'finally;';
  }
}
console.log(h(), log);
