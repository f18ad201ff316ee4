// a closure captures the variable itself, not its value at creation time
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var message = 'before';
function show() {
  return message;
}
console.log(show());
message = 'after';
console.log(show());
function outer() {
  let x = 1;
  const read = () => x;
  x = 2;
  const first = read();
  x = 3;
  return [first, read()];
}
console.log(outer());
function setterGetter() {
  var v;
  return [function (n) { v = n; }, function () { return v; }];
}
var pair = setterGetter();
console.log(pair[1]());
pair[0]('set');
console.log(pair[1]());
