// typeof names the type of every kind of value and is safe on undeclared names; void evaluates its operand and yields undefined
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(typeof 1, typeof NaN, typeof 'x', typeof '', typeof true);
console.log(typeof undefined, typeof null, typeof {}, typeof []);
console.log(typeof function () {}, typeof (() => 1), typeof console.log);
console.log(typeof Math, typeof Math.max, typeof Error, typeof new Error('e'));
console.log(typeof notDeclaredAnywhere);
console.log(typeof typeof 1);
function F() {}
console.log(typeof F, typeof new F());
var o = { m() {} };
console.log(typeof o.m, typeof o.nothing);
var n = 0;
console.log(void 0, void 'x', void (n = 5), n, typeof void 0);
