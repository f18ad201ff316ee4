// class toString and valueOf methods decide how instances behave in +, comparisons and templates
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

class Money {
  constructor(cents) {
    this.cents = cents;
  }
  valueOf() {
    return this.cents;
  }
  toString() {
    return '$' + (this.cents / 100).toFixed(2);
  }
}
const a = new Money(150);
const b = new Money(275);
console.log(a + b, b - a, a < b, a * 2);
console.log(String(a), `${b}`, 'total: ' + a);
console.log([a, b].join(' and '));
class Label {
  toString() {
    return 'label';
  }
}
const l = new Label();
console.log(l + '!', `${l}`, l == 'label');
const prices = { [a]: 'key from toString' };
console.log(Object.keys(prices)[0]);
