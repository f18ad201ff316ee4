// trailing commas in argument lists and in function, method and arrow parameter lists (ES2017)
// RUN: %astdiff %s

f(a, b,);
new F(a,);
function g(a, b,) {}
const h = function (a,) {};
const o = { m(a,) {}, async n(b,) {} };
class C { m(a,) {} }
const arrow = (a, b,) => a;
const asyncArrow = async (a,) => a;
