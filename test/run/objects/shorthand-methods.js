// shorthand methods and function-valued properties both bind this when called as methods
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var calc = {
  value: 0,
  add(n) {
    this.value += n;
    return this;
  },
  times: function (n) {
    this.value *= n;
    return this;
  },
  'quoted method'() {
    return 'quoted ' + this.value;
  },
  42() {
    return 'numeric method name';
  },
};
console.log(calc.add(3).times(4).add(1).value);
console.log(calc['quoted method'](), calc[42]());
console.log(typeof calc.add, typeof calc.times, typeof calc['quoted method']);
