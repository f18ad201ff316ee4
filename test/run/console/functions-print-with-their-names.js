// functions print as [Function: name], or [Function (anonymous)] when they have no name
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function declared() {}
var expr = function () {};
var named = function inner() {};
var arrow = () => 1;
console.log(declared);
console.log(expr, named, arrow);
console.log(function () {});
console.log(() => {});
console.log([declared, function () {}]);
console.log({ method() {}, prop: function () {}, arrowProp: () => 0 });
var obj = {};
obj.assigned = function () {};
console.log(obj.assigned);
