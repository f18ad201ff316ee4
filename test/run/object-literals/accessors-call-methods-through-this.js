// getters, setters and methods in one literal call each other through this, and work on inheritors
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const cart = {
  items: [],
  add(name, price) {
    this.items.push({ name, price });
    return this;
  },
  get total() {
    let sum = 0;
    for (const item of this.items) sum += item.price;
    return sum;
  },
  get summary() {
    return this.items.length + ' items, total ' + this.total;
  },
  set discount(percent) {
    this.items = this.items.map((item) => ({ name: item.name, price: item.price * (1 - percent / 100) }));
  },
};
cart.add('pen', 10).add('book', 30);
console.log(cart.summary);
cart.discount = 50;
console.log(cart.summary);
const otherCart = { __proto__: cart, items: [] };
otherCart.add('lamp', 5);
console.log(otherCart.summary, '|', cart.summary);
