// arrow functions with expression bodies return the expression; block bodies need return
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var double = x => x * 2;
var add = (a, b) => a + b;
var constant = () => 'constant';
var block = (n) => {
  var r = n + 1;
  return r * r;
};
var noReturn = () => { 1 + 1; };
var makePoint = (x, y) => ({ x: x, y: y });
console.log(double(21), add(2, 3), constant(), block(2), noReturn());
console.log(makePoint(1, 2));
var curried = a => b => c => a + b + c;
console.log(curried(1)(2)(3));
var compose = (f, g) => x => f(g(x));
console.log(compose(double, (x) => x + 1)(5));
var fns = [x => x + 1, x => x * 10];
console.log(fns[0](1), fns[1](1));
console.log((n => n * n)(9));
