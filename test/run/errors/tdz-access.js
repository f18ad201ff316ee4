// using a let before its declaration is an uncaught "ReferenceError: Cannot access 'x' before initialization"
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function report() {
  return 'limit is ' + limit;
}
console.log('calling report too early');
console.log(report());
let limit = 10;
