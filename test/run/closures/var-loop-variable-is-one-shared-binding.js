// closures made in a for (var ...) loop all share the single function-scoped variable
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var fns = [];
for (var i = 0; i < 3; i++) {
  fns[i] = function () { return i; };
}
console.log(fns[0](), fns[1](), fns[2]());
var fixed = [];
for (var j = 0; j < 3; j++) {
  fixed[j] = (function (captured) {
    return function () { return captured; };
  })(j);
}
console.log(fixed[0](), fixed[1](), fixed[2]());
var viaLet = [];
for (var k = 0; k < 3; k++) {
  let copy = k;
  viaLet[k] = () => copy;
}
console.log(viaLet[0](), viaLet[1](), viaLet[2]());
