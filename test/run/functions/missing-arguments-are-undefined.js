// parameters without arguments are undefined, extra arguments are ignored, and a bare return gives undefined
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function show(a, b, c) {
  console.log(a, b, c);
}
show();
show(1);
show(1, 2, 3, 4, 5);
function nothing() {}
function bare() {
  return;
}
function early(x) {
  if (x) return 'early';
  console.log('fell through');
}
console.log(nothing(), bare(), early(true), early(false));
var extraEvaluated = false;
show(1, 2, 3, (extraEvaluated = true));
console.log(extraEvaluated);
