// inner declarations shadow outer ones without changing them; assignments without a declaration update the outer binding
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var name = 'global';
function a() {
  var name = 'a';
  function b() {
    let name = 'b';
    return name;
  }
  return name + '/' + b();
}
console.log(a(), name);
let count = 0;
function bump() {
  count = count + 1;
}
bump();
bump();
console.log(count);
function param(count) {
  count = 100;
  return count;
}
console.log(param(5), count);
const limit = 3;
function withLocalConst() {
  const limit = 10;
  return limit;
}
console.log(withLocalConst(), limit);
