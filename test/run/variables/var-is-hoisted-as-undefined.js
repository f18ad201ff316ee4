// var declarations are hoisted to the top of their function and read undefined before the assignment
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(early);
var early = 'assigned';
console.log(early);

function f() {
  console.log('inside before:', local, typeof local);
  if (false) {
    var local = 'never';
  }
  console.log('inside after:', local);
  for (var i = 0; i < 3; i++) {}
  console.log('loop variable after loop:', i);
}
f();
var early;
console.log('redeclared without initializer keeps value:', early);
