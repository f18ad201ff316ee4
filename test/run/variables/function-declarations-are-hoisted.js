// function declarations can be called before the line that declares them, at top level and in functions
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(square(7));

function square(x) {
  return x * x;
}

function outer() {
  return inner() + ' via outer';
  function inner() {
    return 'inner';
  }
}
console.log(outer());
console.log(typeof later, typeof laterExpr);
function later() {}
var laterExpr = function () {};
console.log(typeof later, typeof laterExpr);
function dup() { return 'first'; }
console.log(dup());
function dup() { return 'second'; }
