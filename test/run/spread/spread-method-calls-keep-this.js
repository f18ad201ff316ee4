// obj.method(...args) keeps obj as this, just like an ordinary method call
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

const counter = {
  total: 0,
  add(...values) {
    for (const v of values) this.total += v;
    return this;
  },
};
const a = [1, 2];
const b = [10, 20];
counter.add(...a, 100, ...b);
console.log(counter.total);
counter['add'](...a).add(...b);
console.log(counter.total);
const list = ['x'];
list.push(...['y', 'z'], 'w');
console.log(list);
class Stack {
  constructor() {
    this.items = [];
  }
  pushAll(...items) {
    this.items.push(...items);
    return this.items.length;
  }
}
const s = new Stack();
console.log(s.pushAll(...'abc'), s.items);
