// shorthand properties copy variables by name; shorthand methods are not constructors
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const x = 1;
const y = 'two';
function helper() {
  return 'helper';
}
const point = { x, y, helper };
console.log(point, point.helper());
const calc = {
  double(n) {
    return n * 2;
  },
  triple: function (n) {
    return n * 3;
  },
  arrow: (n) => n * 4,
};
console.log(calc.double(5), calc.triple(5), calc.arrow(5));
console.log(calc.double.name, calc.triple.name, calc.arrow.name);
try {
  new calc.double(1);
} catch (e) {
  console.log('shorthand method:', e.name);
}
console.log(typeof new calc.triple(1));
